import type { IncidentRecord } from '../../incidents/document';

type ById = ReadonlyMap<string, readonly IncidentRecord[]>;

/**
 * Incidents by lowercased id, built once per index: looking each id up
 * by scanning all of them would make validation quadratic.
 */
const folded = new WeakMap<ById, Map<string, IncidentRecord[]>>();

function foldedIndex(byId: ById): Map<string, IncidentRecord[]> {
  let index = folded.get(byId);
  if (!index) {
    index = new Map();
    for (const [id, records] of byId) {
      const key = id.toLowerCase();
      index.set(key, [...(index.get(key) ?? []), ...records]);
    }
    folded.set(byId, index);
  }
  return index;
}

/**
 * Incidents whose id differs from `id` only in case and whose file comes
 * first: ids name files, and `INC-7.md` and `inc-7.md` are one file on macOS
 * and Windows. Only the later file is told, so the fix lands in one place.
 */
export function earlierIdsDifferingInCase(byId: ById, id: string, file: string): IncidentRecord[] {
  const candidates = foldedIndex(byId).get(id.toLowerCase()) ?? [];
  return candidates.filter((other) => other.data.id !== id && other.file < file);
}
