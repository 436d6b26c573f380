/**
 * GitHub's page-number pagination: per_page defaults to 30 and is capped at
 * 100, pages start at 1, a page past the end is an empty array. The Link
 * header lists prev, next, last, first in that order, omits the ones that do
 * not apply, and is absent when everything fits on one page.
 */

export interface Page<T> {
  items: T[];
  link?: string;
}

function positiveInt(raw: string | null, fallback: number): number {
  const n = Number.parseInt(raw ?? '', 10);
  return Number.isFinite(n) && n >= 1 ? n : fallback;
}

export function paginate<T>(all: readonly T[], search: URLSearchParams, linkBase: string): Page<T> {
  const perPage = Math.min(100, positiveInt(search.get('per_page'), 30));
  const page = positiveInt(search.get('page'), 1);
  const last = Math.max(1, Math.ceil(all.length / perPage));
  const items = all.slice((page - 1) * perPage, page * perPage);
  if (last === 1 && page === 1) return { items };

  // The client's own query is kept (per_page, state, labels, ...) with page moved to the end.
  const href = (n: number): string => {
    const query = new URLSearchParams(search);
    query.delete('page');
    query.append('page', String(n));
    return `<${linkBase}?${query.toString()}>`;
  };
  const parts: string[] = [];
  if (page > 1) parts.push(`${href(page - 1)}; rel="prev"`);
  if (page < last) parts.push(`${href(page + 1)}; rel="next"`, `${href(last)}; rel="last"`);
  if (page > 1) parts.push(`${href(1)}; rel="first"`);
  return { items, link: parts.join(', ') };
}

/** Sends a page: 200 with the slice and, when paginated, its Link header. */
export function pageReply<T>(page: Page<T>): { status: number; body: T[]; headers: Record<string, string> } {
  return { status: 200, body: page.items, headers: page.link ? { link: page.link } : {} };
}
