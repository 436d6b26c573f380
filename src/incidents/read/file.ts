import { readlinkSync } from 'node:fs';
import { quote } from '../../core/describe';
import { START_OF_FILE, type Finding } from '../../core/finding';
import type { DocumentKind, SourceDocument } from '../document';
import { FILE_NOT_TEXT, FILE_SYMLINK, FILE_TOO_LARGE } from '../file-rules';
import type { DiscoveredFile } from '../find';
import { formatBytes, MAX_FILE_BYTES, sizeOverLimit } from '../limits';
import type { Locator } from '../locate';
import { parseDocument } from '../parse-document';
import { readBounded } from './bounded';

/** Where the link points (as written in the link), so the user can tell what was not checked. */
function symlinkHint(entry: DiscoveredFile): string {
  let target: string | undefined;
  try {
    target = readlinkSync(entry.absolute);
  } catch {
    target = undefined;
  }
  const points = target === undefined ? '' : `it points to ${quote(target)}; `;
  return entry.directory
    ? `${points}move the incident files into the incidents folder instead of linking a folder to it`
    : `${points}commit the incident file itself in the incidents folder instead of a link to it`;
}

/** A file over the size limit: its size, and where such content belongs. */
export function tooLargeFinding(file: string, size: number, readUpTo?: 'read up to the limit'): Finding {
  const sizes = sizeOverLimit(size, MAX_FILE_BYTES);
  return {
    file,
    line: 1,
    column: 1,
    rule: FILE_TOO_LARGE.id,
    severity: FILE_TOO_LARGE.severity,
    // A stream is read no further than the limit: how large it is in all, nobody knows.
    message: readUpTo
      ? `the text is larger than the ${formatBytes(MAX_FILE_BYTES)} limit for an incident file (reading stopped there)`
      : `the file is ${sizes.size}, larger than the ${sizes.limit} limit for an incident file`,
    hint: 'move logs, dumps and screenshots out of the file and link to them instead',
  };
}

/** One file to a document, or to the finding that stops it (a link, too large, not parseable). */
export function readIncidentFile(
  entry: DiscoveredFile,
  kind: DocumentKind,
): { document?: SourceDocument; finding?: Finding } {
  const { file } = entry;
  if (entry.symlink) {
    return {
      finding: {
        file,
        line: 1,
        column: 1,
        rule: FILE_SYMLINK.id,
        severity: FILE_SYMLINK.severity,
        message: 'symbolic link not followed',
        hint: symlinkHint(entry),
      },
    };
  }
  const read = readBounded(entry.absolute);
  if ('tooLarge' in read) return { finding: tooLargeFinding(file, read.tooLarge) };
  if ('notRegular' in read) {
    return {
      finding: {
        file,
        line: 1,
        column: 1,
        rule: FILE_NOT_TEXT.id,
        severity: FILE_NOT_TEXT.severity,
        message: `the file is ${read.notRegular}, not a regular file, so it was not read`,
        hint: 'name the incident file itself; only regular files are read, so a pipe or a device can never stall a check',
      },
    };
  }
  return parseDocument(file, kind, read.bytes);
}

const NOWHERE: Locator = { key: () => START_OF_FILE, value: () => START_OF_FILE };

/**
 * A locator for a file that was read, checked and let go: the first
 * position asked reads it again. Only the few files with a finding across
 * files (a duplicate id, an unknown reference) pay for it; keeping every
 * file's text for them would make memory grow with the repository. A file
 * gone or changed past reading since gives the start of the file.
 */
export function locateAgain(absolute: string): Locator {
  let locator: Locator | undefined;
  const located = (): Locator => {
    if (locator) return locator;
    locator = NOWHERE;
    try {
      const read = readBounded(absolute);
      const parsed = 'bytes' in read ? parseDocument(absolute, 'incident', read.bytes) : undefined;
      if (parsed?.document) locator = parsed.document.locate;
    } catch {
      // gone since it was read: the start of the file
    }
    return locator;
  };
  return { key: (path) => located().key(path), value: (path) => located().value(path) };
}
