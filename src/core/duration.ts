const UNIT_DAYS: Record<string, number> = { m: 1 / 1440, h: 1 / 24, d: 1, w: 7 };

/** "5d" -> 5, "2w" -> 14, "12h" -> 0.5. The schema guarantees the shape. */
export function parseDurationDays(text: string): number {
  const match = /^(\d+)(m|h|d|w)$/.exec(text);
  if (!match) throw new Error(`not a duration: '${text}' (expected a number and m, h, d or w, like 5d)`);
  return Number(match[1]) * UNIT_DAYS[match[2]!]!;
}
