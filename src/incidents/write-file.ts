import { randomBytes } from 'node:crypto';
import {
  closeSync,
  constants,
  fsyncSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { UsageError } from '../core/errors';

/** A file `exclusive` would have replaced: nothing was written. */
export class FileExistsError extends Error {
  override readonly name = 'FileExistsError';
}

export interface WriteOptions {
  /** Make missing parent folders (a new incident's year folder); otherwise a missing one is a usage error. */
  readonly createFolders?: boolean;
  /** Never replace a file already there, even one created a moment ago by another run. */
  readonly exclusive?: boolean;
  /** How the path reads in a message (relative to the working directory); the path itself when not given. */
  readonly shown?: string;
}

/**
 * The temporary file is created, never opened: O_EXCL fails on anything
 * already at that name (a link planted there included) and O_NOFOLLOW
 * never follows one, and the name is unpredictable, so nobody can make a
 * write land in another file.
 */
const CREATE_FLAGS = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);

function statOrUndefined(file: string, follow: boolean) {
  try {
    return follow ? statSync(file) : lstatSync(file);
  } catch {
    return undefined;
  }
}

/** Where the file goes must be a folder that exists (or may be made); the file itself must not be a folder. Throws UsageError. */
export function checkPlace(file: string, options: WriteOptions): void {
  const shown = options.shown ?? file;
  if (statOrUndefined(file, false)?.isDirectory()) throw new UsageError(`'${shown}' is a folder: name a file to write`);
  const folder = path.dirname(file);
  const shownFolder = path.dirname(shown);
  const stats = statOrUndefined(folder, true);
  if (stats && !stats.isDirectory())
    throw new UsageError(`cannot write '${shown}': '${shownFolder}' is a file, not a folder`);
  if (!stats) {
    if (!options.createFolders)
      throw new UsageError(`cannot write '${shown}': the folder '${shownFolder}' does not exist`);
    try {
      mkdirSync(folder, { recursive: true });
    } catch {
      throw new UsageError(
        `cannot write '${shown}': its folder '${shownFolder}' cannot be made (a file is in the way)`,
      );
    }
  }
}

/**
 * Writes via a temporary file beside the target: a crash never leaves a
 * half-written file, a failure leaves no temporary file behind, and with
 * `exclusive` the file appears whole or not at all, and never replaces one.
 */
export function writeFileAtomic(file: string, text: string, options: WriteOptions = {}): void {
  checkPlace(file, options);
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(8).toString('hex')}.tmp`);
  const fd = openSync(temporary, CREATE_FLAGS, 0o644);
  try {
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (options.exclusive) {
      // A hard link fails when the name is taken, where a rename would replace it.
      try {
        linkSync(temporary, file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST')
          throw new FileExistsError(`${options.shown ?? file} already exists`);
        throw error;
      }
      unlinkSync(temporary);
    } else {
      renameSync(temporary, file);
    }
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // already gone (renamed, or never there)
    }
    if ((error as NodeJS.ErrnoException).code === 'EISDIR')
      throw new UsageError(`'${options.shown ?? file}' is a folder: name a file to write`);
    throw error;
  }
}
