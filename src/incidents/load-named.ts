import type { Config } from '../config/types';
import type { Finding } from '../core/finding';
import { expandPaths, walkIncidents } from './find';
import type { IncidentRecord, SourceDocument } from './document';
import { readKeys } from './load-changed';
import { isUnder, readOne } from './load';

export interface NamedSet {
  readonly targets: readonly SourceDocument[];
  /** Every incident; those not named hold only id, repeat_of and related. */
  readonly allIncidents: readonly IncidentRecord[];
  readonly findings: readonly Finding[];
  readonly fileCount: number;
}

/**
 * The files a user named (a pre-commit hook, an editor), in full; every
 * other incident only by its id and references, which is all the
 * cross-file rules need: checking one file costs one file, not the repository.
 */
export function loadNamed(cwd: string, paths: readonly string[], config: Config): NamedSet {
  const kindOf = (file: string) => (isUnder(file, config.reviewsDir) ? 'review' : 'incident');
  const targets: SourceDocument[] = [];
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const entry of expandPaths(cwd, paths)) {
    if (seen.has(entry.file)) continue;
    seen.add(entry.file);
    const result = readOne(entry, kindOf(entry.file));
    if (result.finding) findings.push(result.finding);
    if (result.document) targets.push(result.document);
  }
  const allIncidents: IncidentRecord[] = targets.filter((d) => d.kind === 'incident');
  for (const entry of walkIncidents(cwd, config)) {
    if (seen.has(entry.file) || entry.symlink || kindOf(entry.file) !== 'incident') continue;
    const data = readKeys(entry.absolute);
    if (data) allIncidents.push({ file: entry.file, data });
  }
  return { targets, allIncidents, findings, fileCount: seen.size };
}
