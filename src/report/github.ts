import type { Finding } from '../core/finding';

/*
 * GitHub workflow commands ("::error file=...::message"). Text from a
 * user's file must not be able to end the command and start another one,
 * so data and properties are escaped exactly as @actions/core does.
 */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One annotation line per finding: the rule id as its title, the fix and where to read more after the message. */
export function renderAnnotation(finding: Finding): string {
  const properties = [
    `file=${escapeProperty(finding.file)}`,
    `line=${finding.line}`,
    `col=${finding.column}`,
    `title=${escapeProperty(finding.rule)}`,
  ].join(',');
  return `::${finding.severity} ${properties}::${escapeData(`${finding.message}\nFix: ${finding.hint}\nMore: incidents explain ${finding.rule}`)}`;
}

export function renderGithub(findings: readonly Finding[]): string {
  return findings.map((finding) => `${renderAnnotation(finding)}\n`).join('');
}
