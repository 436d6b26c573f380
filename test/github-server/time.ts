/** GitHub timestamps have whole seconds: "2011-04-22T13:33:48Z". */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Accepts what a test finds natural to write and stores GitHub's form. */
export function toIso(value: string | Date): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw new Error(`not a date: ${String(value)}`);
  return isoSeconds(date);
}
