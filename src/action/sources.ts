import type { SyncSources } from '../app/sync-follow-ups';

/** What the Action's error messages tell the user to check: its inputs, not the CLI's environment variables. */
export const ACTION_SOURCES: SyncSources = {
  token: "the 'token' input",
  repo: "that the 'token' input can read this repository",
  allowMassFiling: "the input 'allow-mass-filing: true'",
  dryRun: "'dry-run: true'",
};
