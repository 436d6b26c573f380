import { readProgramStatus } from '../app/program-status';
import { renderStatusJson } from '../status/render-json';
import { renderStatus } from '../status/render-text';
import { EXIT_OK } from './exit-codes';
import type { CliIo } from './io';
import type { StatusFormat } from './options';

export interface StatusFlags {
  readonly config?: string;
  readonly format: StatusFormat;
}

export function statusCommand(flags: StatusFlags, io: CliIo): number {
  const { status, config } = readProgramStatus({ cwd: io.cwd, configPath: flags.config, now: io.now });
  const severities = config.severities.map((s) => s.id);
  io.writeOut(flags.format === 'json' ? renderStatusJson(status, severities) : renderStatus(status, severities));
  return EXIT_OK;
}
