import { validateIncidents } from '../app/validate-incidents';
import { renderGithub } from '../report/github';
import { renderJson } from '../report/json';
import { renderText } from '../report/text';
import { EXIT_FINDINGS, EXIT_OK } from './exit-codes';
import { useColor, type CliIo } from './io';
import type { ValidateFormat } from './options';

export interface ValidateFlags {
  readonly format: ValidateFormat;
  readonly config?: string;
  readonly color?: boolean;
  readonly changedSince?: string;
}

export async function validateCommand(paths: readonly string[], flags: ValidateFlags, io: CliIo): Promise<number> {
  const result = await validateIncidents({
    cwd: io.cwd,
    paths,
    configPath: flags.config,
    now: io.now,
    changedSince: flags.changedSince,
    workerEntry: io.workerEntry,
  });
  switch (flags.format) {
    case 'json':
      io.writeOut(renderJson(result));
      break;
    case 'github':
      io.writeOut(renderGithub(result.findings));
      break;
    default:
      io.writeOut(renderText(result, { color: useColor(io, flags.color) }));
  }
  return result.errors > 0 ? EXIT_FINDINGS : EXIT_OK;
}
