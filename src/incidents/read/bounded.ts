import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { MAX_FILE_BYTES } from '../limits';

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
 * a huge file is never read. The bytes are a view of the shared buffer,
 * valid until the next read: decode them first.
 */
export function readBounded(absolute: string, limit = MAX_FILE_BYTES): { bytes: Buffer } | { tooLarge: number } {
  const fd = openSync(absolute, 'r');
  try {
    const size = fstatSync(fd).size;
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
