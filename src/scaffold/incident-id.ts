import type { ZonedTime } from './parse-time';

/** Long enough to say what happened, short enough for a file name people can read in a list. */
export const MAX_SLUG_LENGTH = 50;

/** "Checkout errors: EU (Café)" -> "checkout-errors-eu-cafe"; cut at a word boundary. */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG_LENGTH) return slug || 'incident';
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  const lastBreak = cut.lastIndexOf('-');
  return (lastBreak >= MAX_SLUG_LENGTH / 2 ? cut.slice(0, lastBreak) : cut.slice(0, MAX_SLUG_LENGTH)).replace(
    /-+$/,
    '',
  );
}

/** The default id: the day impact started (in the zone it is written in) and a slug of the title. */
export function incidentId(started: ZonedTime, title: string): string {
  return `${started.text.slice(0, 10)}-${slugify(title)}`;
}
