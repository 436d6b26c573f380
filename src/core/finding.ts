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

/** Hints many findings share (those that name no value): one copy each. */
const shared = new Map<string, string>();
/** Past this many, new texts are copied but no longer shared: the table must not grow with the repository. */
const MAX_SHARED = 20_000;

function sharedCopy(text: string): string {
  let copy = shared.get(text);
  if (copy === undefined) {
    copy = structuredClone(text);
    if (shared.size < MAX_SHARED) shared.set(copy, copy);
  }
  return copy;
}

/**
 * Findings as they are kept while a large repository is read: copies that
 * hold no string cut from a file's text (such a string keeps all of the
 * text alive), with the hints many findings repeat stored once: a
 * repository's warnings are mostly a few rules, each with one hint.
 */
export function detachFindings(findings: readonly Finding[]): Finding[] {
  // The file's path, the rule id and the severity are the program's own strings, not the file's. The fields
  // keep their order: it is the order of a finding's JSON.
  return findings.map((finding) => {
    const copy: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(finding))
      copy[key] = key === 'message' ? structuredClone(value) : key === 'hint' ? sharedCopy(value as string) : value;
    return copy as unknown as Finding;
  });
}
