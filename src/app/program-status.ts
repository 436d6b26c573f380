import { loadConfig } from '../config/load';
import type { Config } from '../core/config';
import { loadIncidents } from '../incidents/load';
import { programStatus, type ProgramStatus } from '../status/overview';

export interface StatusOptions {
  readonly cwd: string;
  readonly configPath?: string | undefined;
  readonly now: Date;
}

/** The `status` command's work: every incident file, read in full, to a short overview of the program. */
export function readProgramStatus(options: StatusOptions): { readonly status: ProgramStatus; readonly config: Config } {
  const { config } = loadConfig(options.cwd, options.configPath);
  const incidents = loadIncidents(options.cwd, config, { whole: true }).targets.filter(
    (document) => document.kind === 'incident',
  );
  return { status: programStatus(incidents, config, options.now), config };
}
