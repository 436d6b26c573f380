import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { MAX_FILE_BYTES } from '../limits';

/**
 * A file's bytes, or its size when it is over the limit, from one open:
 * fstat on the open file costs far less than a stat by path per file, and
 * a huge file is never read.
 */
export function readBounded(absolute: string, limit = MAX_FILE_BYTES): { bytes: Buffer } | { tooLarge: number } {
  const fd = openSync(absolute, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size > limit) return { tooLarge: size };
    const bytes = Buffer.allocUnsafe(size);
    let offset = 0;
    while (offset < size) {
      const read = readSync(fd, bytes, offset, size - offset, offset);
      if (read === 0) break;
      offset += read;
    }
    return { bytes: offset === size ? bytes : bytes.subarray(0, offset) };
  } finally {
    closeSync(fd);
  }
}
