/**
 * Lists longer than this are cut before the schema check and reported as
 * too long. Ajv gathers its errors in a way that grows with the square of
 * the failing items: 20,000 bad follow-ups in a 1 MiB file took 3 s, and
 * 40,000 over a minute. Bounded input must mean bounded time.
 */
export const MAX_LIST_ITEMS = 1000;

export type ListPath = readonly (string | number)[];

export interface CutList {
  /** Where the list is, like ['follow_ups'] or ['contributing_factors', 2, 'evidence']. */
  readonly path: ListPath;
  readonly length: number;
}

/**
 * Every list over the limit. It runs on every document, so the walk keeps one
 * path it pushes and pops, and copies it only for a list it reports.
 */
function findLong(value: unknown, path: (string | number)[], out: CutList[]): void {
  if (Array.isArray(value)) {
    if (value.length > MAX_LIST_ITEMS) out.push({ path: [...path], length: value.length });
    const checked = Math.min(value.length, MAX_LIST_ITEMS);
    for (let index = 0; index < checked; index++) {
      path.push(index);
      findLong(value[index], path, out);
      path.pop();
    }
  } else if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      path.push(key);
      findLong((value as Record<string, unknown>)[key], path, out);
      path.pop();
    }
  }
}

function cutCopy(value: unknown): unknown {
  if (Array.isArray(value)) return value.slice(0, MAX_LIST_ITEMS).map(cutCopy);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    // defineProperty: a key named __proto__ stays a key, as the parser left it.
    for (const [key, item] of Object.entries(value))
      Object.defineProperty(out, key, { value: cutCopy(item), enumerable: true, writable: true, configurable: true });
    return out;
  }
  return value;
}

/** The data with every list cut to MAX_LIST_ITEMS, and which lists were cut; a copy only when something is. */
export function withinListLimit(data: unknown): { readonly data: unknown; readonly cut: readonly CutList[] } {
  const cut: CutList[] = [];
  findLong(data, [], cut);
  return cut.length ? { data: cutCopy(data), cut } : { data, cut };
}
