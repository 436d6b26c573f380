/*
 * Times as incident files write them: timestamps with a zone
 * (2026-03-04T09:12:00Z) and days (2026-03-10).
 */

/** One day in milliseconds: days here are UTC days, which have no leap seconds or daylight saving. */
export const DAY_MS = 86_400_000;

const ZONED = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:?\d{2})$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Milliseconds since the epoch for a zoned timestamp, or undefined (the schema reports bad ones). */
export function parseTimestamp(value: string | undefined): number | undefined {
  if (value === undefined || !ZONED.test(value)) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

/** Midnight UTC of a YYYY-MM-DD date. */
export function parseDay(value: string | undefined): number | undefined {
  if (value === undefined || !DAY.test(value)) return undefined;
  const ms = Date.parse(`${value}T00:00:00Z`);
  return Number.isNaN(ms) ? undefined : ms;
}
