import { loadConfig } from '../config/load';
import type { Config } from '../core/config';
import { keepDocument, loadIncidents } from '../incidents/load';
import { programStatus, type ProgramStatus } from '../status/overview';

export interface StatusOptions {
  readonly cwd: string;
  readonly configPath?: string | undefined;
  readonly now: Date;
}

/** The `status` command's work: every incident file, read in full, to a short overview of the program. */
export async function readProgramStatus(
  options: StatusOptions,
): Promise<{ readonly status: ProgramStatus; readonly config: Config }> {
  const { config } = loadConfig(options.cwd, options.configPath);
  const { targets } = await loadIncidents(options.cwd, config, { whole: true }, { visit: keepDocument });
  const incidents = targets.flatMap((target) => (target.kind === 'incident' ? [target.result] : []));
  return { status: programStatus(incidents, config, options.now), config };
}
