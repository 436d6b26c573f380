/**
 * What changed between two trees, for a pull request's files and counters.
 * Line counts come from a longest-common-subsequence diff, so additions and
 * deletions agree with git's for ordinary edits; the patch text is a unified
 * diff with three lines of context, like the `patch` field GitHub sends.
 */

export interface FileChange {
  filename: string;
  status: 'added' | 'removed' | 'modified';
  before: string | undefined;
  after: string | undefined;
  additions: number;
  deletions: number;
  patch: string;
}

type Op = { kind: ' ' | '-' | '+'; text: string; a: number; b: number };

/** Marks a last line without "\n", so "a" and "a\n" differ, as they do to git. */
const NO_EOL = '\u0000';

function lines(text: string | undefined): string[] {
  if (!text) return [];
  const parts = text.split('\n');
  if (parts.at(-1) === '') parts.pop();
  else parts[parts.length - 1] += NO_EOL;
  return parts;
}

/** Past this many cells the diff degrades to "everything replaced": fast and still a valid patch. */
const MAX_CELLS = 4_000_000;

function editScript(a: string[], b: string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const ops: Op[] = [];
  if (n * m > MAX_CELLS) {
    a.forEach((text, i) => ops.push({ kind: '-', text, a: i, b: 0 }));
    b.forEach((text, j) => ops.push({ kind: '+', text, a: n, b: j }));
    return ops;
  }
  // lcs[i][j] = LCS length of a[i..] and b[j..], in one flat array.
  const lcs = new Uint32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * (m + 1) + j] =
        a[i] === b[j]
          ? (lcs[(i + 1) * (m + 1) + j + 1] ?? 0) + 1
          : Math.max(lcs[(i + 1) * (m + 1) + j] ?? 0, lcs[i * (m + 1) + j + 1] ?? 0);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) ops.push({ kind: ' ', text: a[i++] ?? '', a: i - 1, b: j++ });
    // Deletions before additions, as git prints a replaced line.
    else if (i < n && (j === m || (lcs[(i + 1) * (m + 1) + j] ?? 0) >= (lcs[i * (m + 1) + j + 1] ?? 0)))
      ops.push({ kind: '-', text: a[i++] ?? '', a: i - 1, b: j });
    else ops.push({ kind: '+', text: b[j++] ?? '', a: i, b: j - 1 });
  }
  return ops;
}

/** Groups changes with up to 3 lines of context into "@@ -a,n +b,m @@" hunks. */
function unified(ops: Op[]): string {
  const changed = ops.map((op, k) => (op.kind === ' ' ? -1 : k)).filter((k) => k >= 0);
  const out: string[] = [];
  let k = 0;
  while (k < changed.length) {
    const start = Math.max(0, (changed[k] ?? 0) - 3);
    let end = (changed[k] ?? 0) + 3;
    while (k + 1 < changed.length && (changed[k + 1] ?? 0) - 3 <= end + 1) end = (changed[++k] ?? 0) + 3;
    k += 1;
    const hunk = ops.slice(start, Math.min(ops.length, end + 1));
    const oldLen = hunk.filter((op) => op.kind !== '+').length;
    const newLen = hunk.filter((op) => op.kind !== '-').length;
    const first = hunk[0];
    const oldStart = oldLen === 0 ? (first?.a ?? 0) : (first?.a ?? 0) + 1;
    const newStart = newLen === 0 ? (first?.b ?? 0) : (first?.b ?? 0) + 1;
    // git leaves out a length of 1: "@@ -3 +3,2 @@".
    const range = (startAt: number, len: number): string => (len === 1 ? `${startAt}` : `${startAt},${len}`);
    out.push(`@@ -${range(oldStart, oldLen)} +${range(newStart, newLen)} @@`);
    for (const op of hunk) {
      if (!op.text.endsWith(NO_EOL)) out.push(`${op.kind}${op.text}`);
      else out.push(`${op.kind}${op.text.slice(0, -1)}`, '\\ No newline at end of file');
    }
  }
  return out.join('\n');
}

/** Files that differ between two trees, by path, with their line counts and patch. */
export function diffTrees(base: ReadonlyMap<string, string>, head: ReadonlyMap<string, string>): FileChange[] {
  const paths = [...new Set([...base.keys(), ...head.keys()])].sort();
  const changes: FileChange[] = [];
  for (const filename of paths) {
    const before = base.get(filename);
    const after = head.get(filename);
    if (before === after) continue;
    const ops = editScript(lines(before), lines(after));
    changes.push({
      filename,
      status: before === undefined ? 'added' : after === undefined ? 'removed' : 'modified',
      before,
      after,
      additions: ops.filter((op) => op.kind === '+').length,
      deletions: ops.filter((op) => op.kind === '-').length,
      patch: unified(ops),
    });
  }
  return changes;
}
