import type { TestContext } from 'vitest';

/**
 * One row of a table in RELIABILITY.md. A reliability test records what it
 * observed (after its assertions passed), and the reliability reporter
 * (scripts/reliability-reporter.ts) turns the rows of passing tests into the
 * document, so the table can only say what a test has checked.
 *
 * `table` names the table the row belongs to; `cells` are its columns in
 * order (every row of one table uses the same keys).
 */
export interface ReliabilityRow {
  table: string;
  cells: Record<string, string>;
}

declare module 'vitest' {
  interface TaskMeta {
    reliability?: ReliabilityRow;
  }
}

export function recordOutcome(context: TestContext, row: ReliabilityRow): void {
  context.task.meta.reliability = row;
}
