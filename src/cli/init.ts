import { existsSync } from 'node:fs';
import path from 'node:path';
import packageJson from '../../package.json';
import { makeDeclareLabel } from '../app/set-up-github';
import { UsageError } from '../core/errors';
import { DECLARE_LABEL } from '../declare/plan';
import { parseRepo, type RepoRef } from '../github/api/repo';
import { createFileAtomic } from '../incidents/create-file';
import { DEFAULT_ANSWERS, parseBranch, parseIdList, type InitAnswers, type Parsed } from '../init/answers';
import { githubSettings, planInit } from '../init/plan';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from './exit-codes';
import type { CliIo } from './io';
import { terminalInitPrompts, type InitPrompts } from './init-prompts';

export interface InitFlags {
  readonly severities?: string;
  readonly categories?: string;
  readonly services?: string;
  readonly branch?: string;
  readonly repo?: string;
  readonly github?: boolean;
  readonly yes?: boolean;
}

/** What --github needs, checked before anything is written: a token and a repository. */
function gitHubTarget(flags: InitFlags, io: CliIo): { token: string; repo: RepoRef } | undefined {
  if (!flags.github) return undefined;
  const token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN;
  if (!token)
    throw new UsageError(
      '--github makes the settings on GitHub, and needs a token that can write issues: set GITHUB_TOKEN (or GH_TOKEN), or leave out --github',
    );
  const text = flags.repo ?? io.env.GITHUB_REPOSITORY;
  const repo = parseRepo(text);
  if (!repo) throw new UsageError(`--github needs the repository as owner/name (got '${text ?? ''}'): pass --repo`);
  return { token, repo };
}

/** The tag the release workflow moves with every release of this major version: `@v0` for 0.x. */
export const ACTION_REF = `incidents-as-code/incidents-as-code@v${packageJson.version.split('.')[0]}`;

function fromFlags(flags: InitFlags): { answers: InitAnswers; problems: string[] } {
  const problems: string[] = [];
  const take = <T>(flag: string, text: string | undefined, parse: (text: string) => Parsed<T>, fallback: T): T => {
    if (text === undefined) return fallback;
    const parsed = parse(text);
    if (parsed.ok) return parsed.value;
    problems.push(`${flag}: ${parsed.reason}`);
    return fallback;
  };
  const answers: InitAnswers = {
    severities: take('--severities', flags.severities, (t) => parseIdList(t, 'severity', false), [
      ...DEFAULT_ANSWERS.severities,
    ]),
    categories: take('--categories', flags.categories, (t) => parseIdList(t, 'category', false), [
      ...DEFAULT_ANSWERS.categories,
    ]),
    services: take('--services', flags.services, (t) => parseIdList(t, 'service', true), []),
    branch: take('--branch', flags.branch, parseBranch, DEFAULT_ANSWERS.branch),
  };
  return { answers, problems };
}

/**
 * `incidents init`: the files an incident program needs in a repository, each
 * written only where no file is; then the settings on GitHub files cannot make.
 */
export async function initCommand(
  flags: InitFlags,
  io: CliIo,
  prompts: InitPrompts = terminalInitPrompts,
): Promise<number> {
  const { answers: given, problems } = fromFlags(flags);
  if (problems.length) {
    for (const problem of problems) io.writeErr(`incidents init: ${problem}\n`);
    return EXIT_USAGE;
  }
  const github = gitHubTarget(flags, io);
  let answers = given;
  if (!flags.yes && io.stdoutIsTty && prompts.available()) {
    try {
      answers = await prompts.ask(given);
    } catch (error) {
      if (!(error instanceof Error && error.name === 'ExitPromptError')) throw error;
      io.writeErr('incidents init: cancelled; nothing was written\n');
      return EXIT_FINDINGS;
    }
  }

  const written: string[] = [];
  const kept: string[] = [];
  for (const file of planInit(answers, ACTION_REF)) {
    const ok = createFileAtomic(path.join(io.cwd, file.path), file.text);
    (ok ? written : kept).push(file.path);
    io.writeOut(
      `${ok ? '  wrote' : '  kept '} ${file.path.padEnd(45)} ${ok ? file.what : '(already there: not changed)'}\n`,
    );
  }
  io.writeOut(
    written.length
      ? `\n${written.length} file(s) written${kept.length ? `, ${kept.length} kept as they were` : ''}.\n`
      : '\nEvery file was already there: nothing was changed.\n',
  );
  let labelMade = false;
  let exit = EXIT_OK;
  if (github) {
    const name = `${github.repo.owner}/${github.repo.repo}`;
    const outcome = await makeDeclareLabel({
      token: github.token,
      apiUrl: io.env.GITHUB_API_URL || 'https://api.github.com',
      repo: github.repo,
      log: { info: () => undefined, warn: (m) => io.writeErr(`warning: ${m}\n`) },
      ...(io.githubTiming ? { timing: io.githubTiming } : {}),
    });
    if ('failed' in outcome) {
      io.writeErr(`incidents init: could not make the '${DECLARE_LABEL}' label on ${name}: ${outcome.failed}\n`);
      exit = EXIT_FINDINGS;
    } else {
      labelMade = true;
      io.writeOut(
        outcome.made
          ? `  made  the '${DECLARE_LABEL}' label on ${name}\n`
          : `  kept  the '${DECLARE_LABEL}' label on ${name} (already there)\n`,
      );
    }
  }
  if (!existsSync(path.join(io.cwd, '.git')))
    io.writeErr(
      'incidents init: warning: this is not the root of a git repository; GitHub runs the workflows only from .github/ at the root\n',
    );
  io.writeOut(
    [
      '',
      'Next:',
      '  1. Record an incident:   npx incidents new',
      '  2. Check it:             npx incidents validate',
      '  3. Commit and push, then open a pull request: the check comments on it.',
      '',
      'Once, on GitHub (files cannot do this):',
      ...githubSettings(flags.repo ?? (io.env.GITHUB_REPOSITORY || undefined), labelMade).map(
        (line, i) => `  ${i + 1}. ${line}`,
      ),
      '',
    ].join('\n'),
  );
  return exit;
}
