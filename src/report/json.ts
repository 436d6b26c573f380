import type { ValidateResult } from '../validate/validate-set';
import { ruleDocsUrl } from '../validate/registry';

/** Machine-readable findings: stable field names, one document. Each finding adds `docs`, the link to its rule. */
export function renderJson(result: ValidateResult): string {
  const findings = result.findings.map((finding) => ({ ...finding, docs: ruleDocsUrl(finding.rule) }));
  return `${JSON.stringify({ files: result.files, errors: result.errors, warnings: result.warnings, findings }, null, 2)}\n`;
}
