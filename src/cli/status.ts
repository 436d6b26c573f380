import { readProgramStatus } from '../app/program-status';
import { renderStatus } from '../status/render-text';
import { EXIT_OK } from './exit-codes';
import type { CliIo } from './io';

export function statusCommand(flags: { config?: string }, io: CliIo): number {
  const { status, config } = readProgramStatus({ cwd: io.cwd, configPath: flags.config, now: io.now });
  io.writeOut(
    renderStatus(
      status,
      config.severities.map((s) => s.id),
    ),
  );
  return EXIT_OK;
}
