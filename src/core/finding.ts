/**
 * A finding is data: what is wrong, where, and how to fix it. Rendering is
 * done elsewhere (text, JSON, GitHub annotations, Markdown).
 */
export type Severity = 'error' | 'warning';

export interface Finding {
  /** Path of the file, relative to the working directory, with forward slashes. */
  readonly file: string;
  /** 1-based line in the file. */
  readonly line: number;
  /** 1-based column in the file. */
  readonly column: number;
  /** Stable rule id; `incidents explain <rule>` documents it. */
  readonly rule: string;
  readonly severity: Severity;
  /** What is wrong, in one sentence. */
  readonly message: string;
  /** How to fix it, in plain words. */
  readonly hint: string;
}

export interface Position {
  readonly line: number;
  readonly column: number;
}

export const START_OF_FILE: Position = Object.freeze({ line: 1, column: 1 });

export function countBySeverity(findings: readonly Finding[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const finding of findings) {
    if (finding.severity === 'error') errors++;
    else warnings++;
  }
  return { errors, warnings };
}

/** Order findings the way a reader walks a file: by file, then position. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0),
  );
}
