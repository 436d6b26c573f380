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
