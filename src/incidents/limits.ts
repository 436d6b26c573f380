/**
 * An incident file is prose plus a page of YAML; anything larger is a
 * mistake (a log pasted in, a binary committed by accident). Refusing it
 * early keeps validation time and memory bounded on any input.
 */
export const MAX_FILE_BYTES = 1024 * 1024;

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} bytes`;
}

/**
 * "the file is X, larger than the Y limit": in bytes when the rounded sizes
 * would read the same (1.0 MiB, larger than the 1.0 MiB limit).
 */
export function sizeOverLimit(size: number, limit: number): { size: string; limit: string } {
  const rounded = { size: formatBytes(size), limit: formatBytes(limit) };
  if (rounded.size !== rounded.limit) return rounded;
  const exact = (n: number) => `${n.toLocaleString('en-US')} bytes`;
  return { size: exact(size), limit: `${exact(limit)} (${rounded.limit})` };
}
