import { createColors } from 'picocolors';
import type { ValidateResult } from '../validate/validate-set';
import type { Finding } from '../core/finding';
import { plainLine } from '../core/text';

/** Said once, under the summary, when there are findings: each finding already names its rule. */
export const EXPLAIN_HINT = "run 'incidents explain <rule>' for more on any rule above";

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

export function summaryLine(result: Pick<ValidateResult, 'files' | 'errors' | 'warnings' | 'changedSince'>): string {
  if (result.changedSince !== undefined && result.files === 0)
    return `no incident files changed since ${result.changedSince}`;
  return `${plural(result.files, 'file')} checked: ${plural(result.errors, 'error')}, ${plural(result.warnings, 'warning')}`;
}

function groupByFile(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const group = groups.get(finding.file);
    if (group) group.push(finding);
    else groups.set(finding.file, [finding]);
  }
  return groups;
}

/** Findings grouped by file, each with its fix, then one summary line (and where to read more). Colours only when asked. */
export function renderText(result: ValidateResult, options: { color: boolean }): string {
  const c = createColors(options.color);
  const lines: string[] = [];
  for (const [file, findings] of groupByFile(result.findings)) {
    lines.push(c.underline(plainLine(file)));
    const width = findings.reduce((most, f) => Math.max(most, `${f.line}:${f.column}`.length), 0);
    for (const f of findings) {
      const where = `${f.line}:${f.column}`.padEnd(width);
      const severity = f.severity === 'error' ? c.red('error  ') : c.yellow('warning');
      lines.push(`  ${c.dim(where)}  ${severity}  ${plainLine(f.message)}  ${c.dim(plainLine(f.rule))}`);
      lines.push(`  ${' '.repeat(width)}           ${c.cyan('fix:')} ${plainLine(f.hint)}`);
    }
    lines.push('');
  }
  const summary = summaryLine(result);
  lines.push(
    result.errors > 0
      ? c.red(c.bold(`✖ ${summary}`))
      : result.warnings > 0
        ? c.yellow(`⚠ ${summary}`)
        : c.green(`✔ ${summary}`),
  );
  if (result.findings.length > 0) lines.push(c.dim(EXPLAIN_HINT));
  return `${lines.join('\n')}\n`;
}
