import { closeSync, openSync, readSync } from 'node:fs';
import { splitFrontmatter } from './frontmatter';
import { readBounded } from './read-bounded';

/**
 * Most frontmatter fits in the first few KiB. Cross-file rules need only a
 * few keys from it, so for the files not being validated one read of this
 * many bytes into a reused buffer replaces a stat, a whole-file read and a
 * buffer per file: on 10,000 files that halves the time of a one-file validate.
 */
export const HEAD_BYTES = 4096;

const head = Buffer.allocUnsafe(HEAD_BYTES);
const BOM = '\uFEFF';

export type Head = { readonly yaml: string } | 'whole-file' | 'no-frontmatter';

/**
 * The frontmatter YAML from a file's first bytes. 'whole-file' when the
 * head does not settle it (the frontmatter runs on, or has a character the
 * head cannot vouch for): the caller reads the file in full.
 *
 * Unlike a full read, a problem after the frontmatter (a NUL byte or bad
 * UTF-8 in the body, a file over the size limit) does not hide the file's
 * id: that file gets its own finding when it is validated.
 */
export function readFrontmatterHead(absolute: string): Head {
  const fd = openSync(absolute, 'r');
  let length: number;
  try {
    length = readSync(fd, head, 0, HEAD_BYTES, 0);
  } finally {
    closeSync(fd);
  }
  let text = head.toString('utf8', 0, length);
  if (text.startsWith(BOM)) text = text.slice(1);
  const split = splitFrontmatter(text);
  if (!split.ok) return length === HEAD_BYTES ? 'whole-file' : 'no-frontmatter';
  // A replacement character may be a multi-byte character cut by the head, or bad UTF-8.
  if (split.yaml.includes('\uFFFD') || split.yaml.includes('\0')) return 'whole-file';
  return { yaml: split.yaml };
}

const NEWLINE = 0x0a;
const CR = 0x0d;
const isBlank = (byte: number | undefined) => byte === 0x20 || byte === 0x09;

/** Whether bytes [start, end) hold `---` or `...` and nothing after it but spaces and tabs (a fence line). */
function isFenceLine(bytes: Buffer, start: number, end: number, dotsToo: boolean): boolean {
  let stop = end;
  if (stop > start && bytes[stop - 1] === CR) stop--;
  while (stop > start + 3 && isBlank(bytes[stop - 1])) stop--;
  if (stop - start !== 3) return false;
  const marker = bytes.toString('latin1', start, stop);
  return marker === '---' || (dotsToo && marker === '...');
}

/** Byte offset just past the frontmatter's closing fence line, or -1 when it is not within `length` bytes. */
function frontmatterEnd(bytes: Buffer, length: number): number {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const first = bytes.indexOf(NEWLINE, bom);
  if (first < 0 || first >= length || !isFenceLine(bytes, bom, first, false)) return -1;
  let start = first + 1;
  for (;;) {
    const end = bytes.indexOf(NEWLINE, start);
    if (end < 0 || end >= length) return -1;
    if (isFenceLine(bytes, start, end, true)) return end + 1;
    start = end + 1;
  }
}

/**
 * A file's bytes up to the end of its frontmatter, from one read of its
 * head: for work that needs the fields and never the prose (the batch
 * review). The bytes sit in a buffer the next call reuses: use them first.
 * Where the head does not hold the whole frontmatter, the file is read as
 * readBounded reads it.
 */
export function readFrontmatterBytes(absolute: string): { bytes: Buffer } | { tooLarge: number } {
  const fd = openSync(absolute, 'r');
  let length: number;
  try {
    length = readSync(fd, head, 0, HEAD_BYTES, 0);
  } finally {
    closeSync(fd);
  }
  const end = frontmatterEnd(head, length);
  if (end > 0) return { bytes: head.subarray(0, end) };
  if (length < HEAD_BYTES) return { bytes: head.subarray(0, length) };
  return readBounded(absolute);
}
