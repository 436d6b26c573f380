import { decodeText } from '../decode';
import { splitFrontmatter } from '../frontmatter';
import { MAX_FILE_BYTES } from '../limits';
import { readBounded } from './bounded';
import { readFrontmatterHead } from './head';
import { referenceKeys } from '../scan-references';

/** Bytes to the three reference keys; undefined where the full loader would not have a document either. */
export function keysOfBytes(bytes: Uint8Array): Record<string, unknown> | undefined {
  if (bytes.length > MAX_FILE_BYTES) return undefined; // also the base commit's copy of a deleted file
  const decoded = decodeText(bytes);
  if (!decoded.ok) return undefined;
  const split = splitFrontmatter(decoded.text);
  return split.ok ? referenceKeys(split.yaml) : undefined;
}

/**
 * An incident's id, repeat_of and related, read from the first 4 KiB of the
 * file when they are there (the whole file only when they are not): all
 * the cross-file rules need of a file nobody asked to check.
 */
export function readKeys(absolute: string): Record<string, unknown> | undefined {
  try {
    const head = readFrontmatterHead(absolute);
    let keys: Record<string, unknown> | undefined;
    if (head !== 'whole-file') keys = referenceKeys(head.yaml);
    else {
      // One open: fstat on it says how big the file is, and a file over the limit is never read.
      const read = readBounded(absolute);
      keys = 'bytes' in read ? keysOfBytes(read.bytes) : undefined;
    }
    // A copy: values sliced from the file's text would keep its text alive for the whole run.
    return keys && structuredClone(keys);
  } catch {
    return undefined;
  }
}
