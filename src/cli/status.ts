import { loadConfig } from '../config/load';
import { loadFiles } from '../incidents/load';
import { renderStatus } from '../status/render-text';
import { programStatus } from '../status/overview';
import { EXIT_OK } from './exit-codes';
import type { CliIo } from './io';

export function statusCommand(flags: { config?: string }, io: CliIo): number {
  const { config } = loadConfig(io.cwd, flags.config);
  const { allIncidents } = loadFiles(io.cwd, [], config);
  const status = programStatus(allIncidents, config, io.now);
  io.writeOut(renderStatus(status, config.severities.map((s) => s.id)));
  return EXIT_OK;
}
