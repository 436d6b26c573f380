// A vitest reporter that writes RELIABILITY.md from the reliability tests:
//   npm run reliability
// or as an extra reporter of the whole suite (CI does: one run, on Node 24,
// both tests and document); it reads only the files under test/reliability/.
// Every row in the document is one a passing test recorded (recordOutcome in
// test/reliability/record.ts), so the document says only what a test checked.
// The output has no timings and no dates: CI regenerates it and fails when
// the committed file differs.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Reporter, TestModule, Vitest } from 'vitest/node';
import { DEFAULT_MAX_OPERATIONS } from '../src/sync/budget';
import { MAX_ISSUE_BODY_CHARS } from '../src/core/github-limits';
import { GITHUB_TIMING } from '../src/github/timing';
import { formatBytes, MAX_FILE_BYTES } from '../src/incidents/limits';
import { MAX_SUMMARY_BYTES } from '../src/core/github-limits';
import type { ReliabilityRow } from '../test/reliability/record';

export const RELIABILITY_FILE = 'RELIABILITY.md';
/** The tests the document is written from, relative to the project root. */
const RELIABILITY_TESTS = 'test/reliability/';
const REGENERATE = 'npm run reliability';

export interface RecordedTest {
  /** Test file, relative to the project root. */
  readonly file: string;
  /** "describe > it" */
  readonly name: string;
  readonly state: 'passed' | 'failed' | 'skipped' | 'pending';
  readonly row: ReliabilityRow | undefined;
}

const thousands = (n: number) => n.toLocaleString('en-US');

function header(): string[] {
  const timeout = GITHUB_TIMING.requestTimeoutMs / 1000;
  return [
    '# Reliability',
    '',
    'What incidents-as-code promises, and what the tests under `test/reliability/` measured. Every row below was recorded by a test',
    'that passed (`recordOutcome`); nothing in the tables is written by hand.',
    '',
    '- **No duplicate issues.** Each follow-up becomes exactly one issue: after a re-run, a run killed after any write, a connection',
    '  reset, a timeout, or GitHub failing part-way, the next clean run ends with one issue per follow-up.',
    '- **No data loss.** Commands that read incident files never change them, whatever GitHub does; text people add to a filed',
    '  issue outside its managed part is kept.',
    '- **Clear errors.** A finding names its file, line and column and says how to fix it; a failed run ends with one line that',
    '  names the cause and what to do. No stack traces, and the token is never printed.',
    `- **Bounded time and memory on any input.** Incident files over ${formatBytes(MAX_FILE_BYTES)} (\`MAX_FILE_BYTES\`) are refused`,
    `  before parsing. A GitHub request with no answer after ${timeout} s (\`requestTimeoutMs\`) fails, and is retried at most`,
    `  ${GITHUB_TIMING.retries} times (\`retries\`); a run writes at most ${DEFAULT_MAX_OPERATIONS} times by default (\`max-operations\`).`,
    `  Issue bodies stay within ${thousands(MAX_ISSUE_BODY_CHARS)} characters (\`MAX_ISSUE_BODY_CHARS\`), the job summary within`,
    `  ${formatBytes(MAX_SUMMARY_BYTES)} (\`MAX_SUMMARY_BYTES\`).`,
    '- **No write on untrusted pull requests.** On a pull request from a fork the Action writes nothing to GitHub and says why;',
    '  the findings still go to the job summary and the annotations.',
    '- **Hostile content has no effect.** Text from incident files and issues pings nobody, stays text (no HTML, no workflow',
    '  commands), and cannot forge the markers sync relies on.',
  ];
}

/** A table cell: one line, shown as written (no Markdown, no HTML). */
function cell(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/[\\`*_[\]|]/g, (c) => `\\${c}`)
    .replace(/\r?\n/g, '<br>');
}

function table(name: string, rows: readonly ReliabilityRow[]): string[] {
  const columns = Object.keys(rows[0]!.cells);
  return [
    `## ${name}`,
    '',
    `| ${columns.map(cell).join(' | ')} |`,
    `|${columns.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${columns.map((column) => cell(row.cells[column] ?? '')).join(' | ')} |`),
  ];
}

/** The document, from the tests in file order and, within a file, in the order they are written. */
export function renderReliability(tests: readonly RecordedTest[]): string {
  const tables = new Map<string, ReliabilityRow[]>();
  for (const test of tests) {
    if (test.state !== 'passed' || !test.row) continue;
    tables.set(test.row.table, [...(tables.get(test.row.table) ?? []), test.row]);
  }
  const failing = tests.filter((t) => t.state === 'failed').map((t) => `\`${t.file}\` > ${cell(t.name)}`);
  const sections = [...tables].flatMap(([name, rows]) => ['', ...table(name, rows)]);
  return [
    ...header(),
    ...sections,
    '',
    '---',
    '',
    failing.length ? `Failing tests (their rows are left out): ${failing.join('; ')}.` : 'Failing tests: none.',
    '',
    `Regenerate with \`${REGENERATE}\`; CI writes it from its test run on Node 24 and fails when this file is out of date.`,
    '',
  ].join('\n');
}

export function collect(modules: readonly TestModule[]): RecordedTest[] {
  return modules
    .filter((module) => module.relativeModuleId.startsWith(RELIABILITY_TESTS))
    .sort((a, b) => (a.relativeModuleId < b.relativeModuleId ? -1 : a.relativeModuleId > b.relativeModuleId ? 1 : 0))
    .flatMap((module) =>
      [...module.children.allTests()].map((test) => ({
        file: module.relativeModuleId,
        name: test.fullName,
        state: test.result().state,
        row: test.meta().reliability,
      })),
    );
}

export default class ReliabilityReporter implements Reporter {
  private root = process.cwd();

  onInit(vitest: Vitest): void {
    this.root = vitest.config.root;
  }

  onTestRunEnd(modules: readonly TestModule[], _errors: unknown, reason: 'passed' | 'interrupted' | 'failed'): void {
    // An interrupted run has not said everything it would: keep the last complete document.
    if (reason === 'interrupted') return;
    writeFileSync(path.join(this.root, RELIABILITY_FILE), renderReliability(collect(modules)));
  }
}
