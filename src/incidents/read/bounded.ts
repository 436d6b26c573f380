import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { MAX_FILE_BYTES } from '../limits';

/**
 * Opening a named pipe to read waits until something writes to it, and a
 * device can be read forever: without O_NONBLOCK, `validate fifo.md` hung
 * until killed. Opened without blocking, the open file says what it is,
 * and only a regular file is read (on a regular file the flag changes
 * nothing).
 */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** What a path is when it is not a regular file, in words: 'a named pipe'. */
function kindOf(stats: Stats): string {
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  if (stats.isDirectory()) return 'a folder';
  return 'not a regular file';
}

/** A file opened for reading only when it is a regular file; its size from the same open. */
export function openRegular(absolute: string): { fd: number; size: number } | { notRegular: string } {
  const fd = openSync(absolute, OPEN_FLAGS);
  let stats: Stats;
  try {
    stats = fstatSync(fd);
  } catch (error) {
    closeSync(fd);
    throw error;
  }
  if (stats.isFile()) return { fd, size: stats.size };
  closeSync(fd);
  return { notRegular: kindOf(stats) };
}

export type BoundedRead = { bytes: Buffer } | { tooLarge: number } | { notRegular: string };

/**
 * One buffer every read reuses, grown to the largest file read so far (at
 * most the size limit): a buffer per file is memory outside the JavaScript
 * heap that the process gives back late, and 100,000 files' worth of it
 * was most of a large validate's peak memory.
 */
let shared = Buffer.allocUnsafe(64 * 1024);

/**
 * A file's bytes, or its size when it is over the limit, from one open:
 * fstat on the open file costs far less than a stat by path per file, and
 * a huge file is never read. Only regular files are read. The bytes are a
 * view of the shared buffer, valid until the next read: decode them first.
 */
export function readBounded(absolute: string, limit = MAX_FILE_BYTES): BoundedRead {
  const opened = openRegular(absolute);
  if ('notRegular' in opened) return opened;
  const { fd, size } = opened;
  try {
    if (size > limit) return { tooLarge: size };
    if (size > shared.length) shared = Buffer.allocUnsafe(Math.min(Math.max(size, shared.length * 2), limit));
    let offset = 0;
    while (offset < size) {
      const read = readSync(fd, shared, offset, size - offset, offset);
      if (read === 0) break;
      offset += read;
    }
    return { bytes: shared.subarray(0, offset) };
  } finally {
    closeSync(fd);
  }
}
