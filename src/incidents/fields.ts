/*
 * Typed reads of frontmatter fields. A field of another type reads as
 * absent: the schema check reports it, so the rules need not.
 */

/** The field as a string, or undefined when it is absent or of another type (the schema reports that). */
export function text(data: Readonly<Record<string, unknown>>, key: string): string | undefined {
  const value = data[key];
  return typeof value === 'string' ? value : undefined;
}

export function strings(value: unknown): { value: string; index: number }[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item, index) => (typeof item === 'string' ? [{ value: item, index }] : []));
}

export function records(value: unknown): { value: Record<string, unknown>; index: number }[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item, index) =>
    item && typeof item === 'object' && !Array.isArray(item) ? [{ value: item as Record<string, unknown>, index }] : [],
  );
}

export function record(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}
