import { declareIncident } from '../app/declare-incident';
import { UsageError } from '../core/errors';
import { parseRepo } from '../github/api/repo';
import { createClient } from '../github/client';
import { loadConfig } from '../config/load';
import { EXIT_FINDINGS, EXIT_OK } from './exit-codes';
import type { CliIo } from './io';

export interface DeclareFlags {
  readonly issue: string;
  readonly repo?: string;
  readonly config?: string;
}

/** The Action's declare, for one issue, from a terminal: reads the issue from GitHub, then does the same. */
export async function declareCommand(flags: DeclareFlags, io: CliIo): Promise<number> {
  const number = Number(flags.issue);
  if (!Number.isInteger(number) || number < 1)
    throw new UsageError(`Invalid value for '--issue': must be an issue number (got '${flags.issue}')`);
  const repoText = flags.repo ?? io.env.GITHUB_REPOSITORY;
  const repo = parseRepo(repoText);
  if (!repo)
    throw new UsageError(
      `repository must be owner/name (got '${repoText ?? ''}'): pass --repo or set GITHUB_REPOSITORY`,
    );
  const token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN;
  if (!token) throw new UsageError('declare needs GITHUB_TOKEN (contents, pull-requests and issues write)');
  const { config } = loadConfig(io.cwd, flags.config);
  const client = createClient({
    token,
    baseUrl: io.env.GITHUB_API_URL || 'https://api.github.com',
    log: { info: () => undefined, warn: (m) => io.writeErr(`warning: ${m}\n`) },
    ...(io.githubTiming ? { timing: io.githubTiming } : {}),
  });
  const { data } = await client.rest.issues.get({ ...repo, issue_number: number });
  const labels = data.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? '')));
  const result = await declareIncident(
    client,
    repo,
    {
      number,
      title: data.title,
      body: data.body ?? null,
      labels,
      author: data.user?.login ?? '',
      createdAt: data.created_at,
    },
    config,
    io.now,
  );
  switch (result.kind) {
    case 'ignored':
      io.writeOut(`Nothing to declare: ${result.reason}.\n`);
      return EXIT_OK;
    case 'invalid':
      io.writeOut(`Issue #${number} has ${result.problems} answer(s) to fix; see the comment on the issue.\n`);
      return EXIT_FINDINGS;
    case 'declared':
      if (result.raced)
        io.writeOut(`Another run was declaring issue #${number} at the same moment; nothing was made twice.\n`);
      io.writeOut(
        `${result.created ? 'Opened' : 'Already open:'} pull request #${result.pull.number} (${result.pull.url}) adding ${result.path}\n`,
      );
      return EXIT_OK;
  }
}
