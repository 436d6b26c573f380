import path from 'node:path';
import { validateIncidents } from '../app/validate-incidents';
import { UsageError } from '../core/errors';
import { displayPath } from '../incidents/find';
import { MAX_FILE_BYTES } from '../incidents/limits';
import { STDIN_FILE, type StdinIncident } from '../incidents/load';
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
  /** With '-': the file the text on standard input stands for. */
  readonly stdinName?: string;
}

/** `-` among the paths: one incident's text from standard input, named after --stdin-name or '<stdin>'. */
async function fromStdin(
  paths: readonly string[],
  flags: ValidateFlags,
  io: CliIo,
): Promise<StdinIncident | undefined> {
  if (!paths.includes('-')) {
    if (flags.stdinName !== undefined)
      throw new UsageError("--stdin-name names the text read from standard input: give '-' as the path");
    return undefined;
  }
  if (paths.length > 1)
    throw new UsageError("'-' reads one incident from standard input: give it alone, without other paths");
  if (!io.readStdin) throw new UsageError('there is no standard input to read here');
  const file = flags.stdinName === undefined ? STDIN_FILE : displayPath(io.cwd, path.resolve(io.cwd, flags.stdinName));
  return { file, read: await io.readStdin(MAX_FILE_BYTES) };
}

export async function validateCommand(paths: readonly string[], flags: ValidateFlags, io: CliIo): Promise<number> {
  const stdin = await fromStdin(paths, flags, io);
  const result = await validateIncidents({
    cwd: io.cwd,
    paths: stdin ? [] : paths,
    configPath: flags.config,
    now: io.now,
    changedSince: flags.changedSince,
    workerEntry: io.workerEntry,
    stdin,
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
