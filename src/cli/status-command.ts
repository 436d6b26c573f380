import { loadConfig } from '../load/config-file';
import { loadFiles } from '../load/load-files';
import { renderStatus } from '../report/status-text';
import { programStatus } from '../review/status';
import { EXIT_OK } from './exit-codes';
import type { CliIo } from './io';

export function statusCommand(flags: { config?: string }, io: CliIo): number {
  const { config } = loadConfig(io.cwd, flags.config);
  const { allIncidents } = loadFiles(io.cwd, [], config);
  const status = programStatus(allIncidents, config, io.now);
  io.writeOut(renderStatus(status, config.severities.map((s) => s.id)));
  return EXIT_OK;
}
