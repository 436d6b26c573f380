import { readProgramStatus } from '../app/program-status';
import { renderStatus } from '../status/render-text';
import { EXIT_OK } from './exit-codes';
import type { CliIo } from './io';

export async function statusCommand(flags: { config?: string }, io: CliIo): Promise<number> {
  const { status, config } = await readProgramStatus({ cwd: io.cwd, configPath: flags.config, now: io.now });
  io.writeOut(
    renderStatus(
      status,
      config.severities.map((s) => s.id),
    ),
  );
  return EXIT_OK;
}
