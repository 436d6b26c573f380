import type { ValidateResult } from '../commands/validate';

/** Machine-readable findings: stable field names, one document. */
export function renderJson(result: ValidateResult): string {
  return `${JSON.stringify({ files: result.files, errors: result.errors, warnings: result.warnings, findings: result.findings }, null, 2)}\n`;
}
