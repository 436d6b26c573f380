import { syncFollowUps } from '../app/sync-follow-ups';
import { SyncError, syncFailureLine } from '../sync/report';
import { DEFAULT_MAX_OPERATIONS } from '../sync/budget';
import { UsageError } from '../core/errors';
import { renderSyncJson, renderSyncText } from '../sync/render/text';
import { EXIT_FINDINGS, EXIT_OK } from './exit-codes';
import type { CliIo } from './io';
import type { SYNC_FORMATS } from './options';

export interface SyncFlags {
  readonly dryRun?: boolean;
  readonly format: (typeof SYNC_FORMATS)[number];
  readonly repo?: string;
  readonly maxOperations?: string;
  readonly allowMassFiling?: boolean;
  readonly config?: string;
}

export function parseMaxOperations(text: string | undefined, name: string): number {
  if (text === undefined || text.trim() === '') return DEFAULT_MAX_OPERATIONS;
  if (!/^\d+$/.test(text.trim()))
    throw new UsageError(`Invalid value for '${name}': must be a non-negative whole number (got '${text}')`);
  return Number(text.trim());
}

export async function syncCommand(flags: SyncFlags, io: CliIo): Promise<number> {
  const env = io.env;
  try {
    const report = await syncFollowUps({
      cwd: io.cwd,
      configPath: flags.config,
      now: io.now,
      token: env.GITHUB_TOKEN || env.GH_TOKEN || undefined,
      apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
      serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
      repo: flags.repo ?? (env.GITHUB_REPOSITORY || undefined),
      defaultBranch: undefined,
      dryRun: flags.dryRun === true,
      maxOperations: parseMaxOperations(flags.maxOperations, '--max-operations'),
      allowMassFiling: flags.allowMassFiling === true,
      log: { info: (m) => io.writeErr(`${m}\n`), warn: (m) => io.writeErr(`warning: ${m}\n`) },
      ...(io.githubTiming ? { timing: io.githubTiming } : {}),
    });
    io.writeOut(flags.format === 'json' ? renderSyncJson(report) : renderSyncText(report));
    const failure = syncFailureLine(report);
    if (failure) io.writeErr(`incidents: ${failure}\n`);
    return failure ? EXIT_FINDINGS : EXIT_OK;
  } catch (error) {
    if (error instanceof SyncError) {
      io.writeErr(`incidents: ${error.message}\n`);
      return EXIT_FINDINGS;
    }
    throw error;
  }
}
