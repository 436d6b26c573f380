import { plainLine } from '../core/text';
import type { ImportPlan } from './plan';
import type { ImportFormat, ImportSkip } from './types';

export interface ImportSummary {
  readonly format: ImportFormat;
  /** The source as the user named it. */
  readonly source: string;
  /** Source items read: documents, incidents of the page, rows. */
  readonly items: number;
  readonly plan: ImportPlan;
  /** Items the reader could not turn into records, with why. */
  readonly skipped: readonly ImportSkip[];
  /** Files of a source folder that are not documents, by extension. */
  readonly ignored: ReadonlyMap<string, number>;
  readonly dryRun: boolean;
}

/** The counts a summary shows, also what the note of an import run reports. */
export function importCounts(summary: ImportSummary) {
  const count = (kind: string) => summary.plan.actions.filter((a) => a.kind === kind).length;
  const records = summary.plan.actions.map((a) => a.incident.stats);
  const sum = (f: (s: (typeof records)[number]) => number) => records.reduce((n, s) => n + f(s), 0);
  return {
    items: summary.items,
    created: count('create'),
    updated: count('update'),
    unchanged: count('unchanged'),
    edited: count('edited'),
    skipped: summary.skipped.length + summary.plan.skipped.length,
    times: sum((s) => s.times),
    exact: sum((s) => s.exact.length),
    dayOnly: sum((s) => s.dayOnly.length),
    unknown: sum((s) => s.unknown.length),
    followUps: sum((s) => s.followUps),
    followUpsDone: sum((s) => s.followUpsDone),
    withUnmapped: records.filter((s) => s.unmapped.length > 0).length,
  };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function table(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) =>
    r
      .map((cell, i) => (i === 1 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd(),
  );
}

/** The summary an import ends with: what it did with each item, what it read, what it skipped and why. */
export function renderImportSummary(summary: ImportSummary): string {
  const c = importCounts(summary);
  const would = summary.dryRun ? 'would be ' : '';
  const lines = [
    `incidents import: ${plural(c.items, summary.format === 'csv' ? 'row' : summary.format === 'statuspage' ? 'incident' : 'document')} from ${plainLine(summary.source)} (${summary.format})`,
    '',
    ...table([
      ['  imported', String(c.created), `new files ${would}written`],
      ['  updated', String(c.updated), `files an earlier import wrote, ${would}rewritten from the source`],
      ['  unchanged', String(c.unchanged), 'already as the source says'],
      ['  left alone', String(c.edited), 'edited since they were imported (--force rewrites them)'],
      ['  skipped', String(c.skipped), 'not imported; each reason below'],
    ]),
    '',
    `read: ${plural(c.times, 'timeline time')} with date, time and zone; phase times ${c.exact} exact, ${c.dayOnly} to the day, ${c.unknown} unknown`,
    `      ${plural(c.followUps, 'action item')} (${c.followUpsDone} done or not planned); ${plural(c.withUnmapped, 'record')} name values they could not map under source.unmapped`,
  ];
  const skips = [...summary.skipped, ...summary.plan.skipped];
  if (skips.length) {
    lines.push('', 'skipped:');
    for (const skip of skips) lines.push(`  ${plainLine(skip.origin)}: ${plainLine(skip.reason)}`);
  }
  const edited = summary.plan.actions.filter((a) => a.kind === 'edited');
  if (edited.length) {
    lines.push('', 'left alone (edited since imported):');
    for (const a of edited) lines.push(`  ${a.file} (from ${plainLine(a.incident.origin)})`);
  }
  const notes = summary.plan.actions.flatMap((a) =>
    a.incident.stats.notes.map((n) => `  ${plainLine(a.incident.origin)}: ${plainLine(n)}`),
  );
  if (notes.length) lines.push('', 'notes:', ...notes);
  if (summary.ignored.size) {
    const kinds = [...summary.ignored].map(([ext, n]) => `${ext} ${n}`).join(', ');
    const total = [...summary.ignored.values()].reduce((a, b) => a + b, 0);
    lines.push('', `ignored: ${plural(total, 'file')} that ${total === 1 ? 'is' : 'are'} not Markdown (${kinds})`);
  }
  const writes = c.created + c.updated;
  lines.push(
    '',
    summary.dryRun
      ? `dry run: nothing written (${plural(writes, 'file')} would be)`
      : writes
        ? `wrote ${plural(writes, 'file')}; next: npx incidents validate`
        : 'nothing to write',
  );
  return `${lines.join('\n')}\n`;
}
