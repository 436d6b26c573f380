/** The identity of a source item, as an imported file records it under `source:`. */
export function sourceKey(source: { format?: unknown; path?: unknown; id?: unknown }): string | undefined {
  if (typeof source.format !== 'string') return undefined;
  const part = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');
  return `${source.format}:${part(source.path)}:${part(source.id)}`;
}
