/** At most `max` characters, with an ellipsis when cut; a cut never splits a surrogate pair (half an emoji is not text). */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\ud800-\udbff]/.test(text[max - 2] ?? '') ? max - 2 : max - 1;
  return `${text.slice(0, end)}…`;
}
