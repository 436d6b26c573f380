import { isUtf8 } from 'node:buffer';
import type { Position } from '../core/finding';

export type Decoded =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly problem: 'binary' | 'encoding'; readonly position: Position };

const BOM = '\uFEFF';
/** UTF-16 byte-order marks (little and big endian): text, but not UTF-8, and full of NUL bytes. */
const UTF16_BOMS = [
  [0xff, 0xfe],
  [0xfe, 0xff],
] as const;
/** A carriage return not followed by a line feed: a line end of old Mac files. */
const LONE_CR = /\r(?!\n)/g;

function positionOfByte(bytes: Uint8Array, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const column = new TextDecoder().decode(bytes.subarray(lineStart, offset)).length + 1;
  return { line, column };
}

/**
 * The range the second byte of a sequence must fall in, by its first byte:
 * narrower than 80..BF after E0, ED, F0 and F4, which is how UTF-8 rules
 * out overlong forms, UTF-16 surrogates and code points past U+10FFFF.
 */
function secondByteRange(first: number): readonly [number, number] {
  if (first === 0xe0) return [0xa0, 0xbf];
  if (first === 0xed) return [0x80, 0x9f];
  if (first === 0xf0) return [0x90, 0xbf];
  if (first === 0xf4) return [0x80, 0x8f];
  return [0x80, 0xbf];
}

/** Byte offset of the first sequence that is not valid UTF-8 (what TextDecoder refuses), or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need =
      b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      const [low, high] = k === 1 ? secondByteRange(b) : [0x80, 0xbf];
      if (c === undefined || c < low || c > high) return i;
    }
    i += need + 1;
  }
  return -1;
}

function isUtf16(bytes: Uint8Array): boolean {
  return UTF16_BOMS.some(([a, b]) => bytes[0] === a && bytes[1] === b);
}

/**
 * Bytes to text, refusing what is not a UTF-8 text file. A byte-order mark
 * is dropped. CRLF line ends are left as they are; a lone CR becomes a LF,
 * as every editor shows it as a line end: either way positions stay true.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  // Saved as UTF-16 ("Unicode" in some Windows editors): an encoding problem, not a binary file.
  if (isUtf16(bytes)) return { ok: false, problem: 'encoding', position: { line: 1, column: 1 } };
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, problem: 'binary', position: positionOfByte(bytes, nul) };
  if (!isUtf8(bytes)) {
    const offset = Math.max(0, firstInvalidUtf8(bytes));
    return { ok: false, problem: 'encoding', position: positionOfByte(bytes, offset) };
  }
  // Validated above, so decoding cannot fail: Buffer's decoder, without a TextDecoder per file.
  // It keeps a byte-order mark where a TextDecoder drops it; a second one was always dropped too.
  let text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  if (text.startsWith(BOM)) text = text.slice(1);
  if (text.startsWith(BOM)) text = text.slice(1);
  return { ok: true, text: text.includes('\r') ? text.replace(LONE_CR, '\n') : text };
}
