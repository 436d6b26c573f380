import { readlinkSync } from 'node:fs';
import type { Config } from '../config/types';
import { quote } from '../core/describe';
import type { Finding } from '../core/finding';
import type { SourceDocument } from './document';
import { expandPaths, walkIncidents, type DiscoveredFile } from './find';
import { MAX_FILE_BYTES, sizeOverLimit } from './limits';
import { parseDocument } from './parse-document';
import { readBounded } from './read-bounded';

export interface LoadedSet {
  /** Documents to validate fully. */
  readonly targets: readonly SourceDocument[];
  /** Every incident in the repository (targets included): what cross-file rules check against. */
  readonly allIncidents: readonly SourceDocument[];
  /** Problems that stopped a target file from being read or parsed. */
  readonly findings: readonly Finding[];
  /** How many target files were looked at. */
  readonly fileCount: number;
}

export function isUnder(file: string, dir: string): boolean {
  return file === dir || file.startsWith(`${dir}/`);
}

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

/** One file to a document, or to the finding that stops it (a link, too large, not parseable). */
export function readOne(entry: DiscoveredFile, kind: 'incident' | 'review'): { document?: SourceDocument; finding?: Finding } {
  const { file } = entry;
  if (entry.symlink) {
    return { finding: { file, line: 1, column: 1, rule: 'file-symlink', severity: 'warning', message: 'symbolic link not followed', hint: symlinkHint(entry) } };
  }
  const read = readBounded(entry.absolute);
  if ('tooLarge' in read) {
    const sizes = sizeOverLimit(read.tooLarge, MAX_FILE_BYTES);
    return {
      finding: {
        file, line: 1, column: 1, rule: 'file-too-large', severity: 'error',
        message: `the file is ${sizes.size}, larger than the ${sizes.limit} limit for an incident file`,
        hint: 'move logs, dumps and screenshots out of the file and link to them instead',
      },
    };
  }
  return parseDocument(file, kind, read.bytes);
}

/**
 * Reads the files to validate and, for cross-file rules, every incident in
 * the repository. Paths may name files or folders; none means the
 * configured incidents folder.
 */
export function loadFiles(cwd: string, paths: readonly string[], config: Config): LoadedSet {
  const kindOf = (file: string) => (isUnder(file, config.reviewsDir) ? 'review' : 'incident');
  const everything = walkIncidents(cwd, config);
  const repository = everything.filter((entry) => kindOf(entry.file) === 'incident');
  const requested = paths.length === 0 ? everything : expandPaths(cwd, paths);

  const targets: SourceDocument[] = [];
  const findings: Finding[] = [];
  const byFile = new Map<string, SourceDocument>();
  const seen = new Set<string>();
  for (const entry of requested) {
    if (seen.has(entry.file)) continue;
    seen.add(entry.file);
    const result = readOne(entry, kindOf(entry.file));
    if (result.finding) findings.push(result.finding);
    if (result.document) {
      targets.push(result.document);
      byFile.set(entry.file, result.document);
    }
  }

  const allIncidents: SourceDocument[] = [];
  for (const entry of repository) {
    const known = byFile.get(entry.file);
    if (known) allIncidents.push(known);
    else if (!seen.has(entry.file)) {
      const result = readOne(entry, 'incident');
      if (result.document) allIncidents.push(result.document);
    }
  }
  const counted = new Set(allIncidents);
  for (const document of targets) {
    if (document.kind === 'incident' && !counted.has(document)) allIncidents.push(document);
  }
  return { targets, allIncidents, findings, fileCount: seen.size };
}
