/**
 * Splits a Markdown file into its YAML frontmatter and its body, keeping the
 * line numbers of each so findings point into the original file.
 */
export interface Split {
  readonly ok: true;
  /** The YAML between the fences. */
  readonly yaml: string;
  /** 1-based file line of the first YAML line. */
  readonly yamlLine: number;
  readonly body: string;
  /** 1-based file line of the first body line. */
  readonly bodyLine: number;
}

export interface SplitFailure {
  readonly ok: false;
  readonly problem: 'empty' | 'missing' | 'unclosed';
}

const FENCE = /^---[ \t]*$/;
const CLOSING_FENCE = /^(?:---|\.\.\.)[ \t]*$/;

export function splitFrontmatter(text: string): Split | SplitFailure {
  if (text.trim() === '') return { ok: false, problem: 'empty' };
  const firstBreak = text.indexOf('\n');
  const firstLine = (firstBreak < 0 ? text : text.slice(0, firstBreak)).replace(/\r$/, '');
  if (!FENCE.test(firstLine)) return { ok: false, problem: 'missing' };
  if (firstBreak < 0) return { ok: false, problem: 'unclosed' };

  let lineStart = firstBreak + 1;
  let line = 2;
  while (lineStart <= text.length) {
    const next = text.indexOf('\n', lineStart);
    const end = next < 0 ? text.length : next;
    // Only a line that starts with '-' or '.' can close the block: no string is made of the others.
    const first = text.charCodeAt(lineStart);
    if ((first === 0x2d || first === 0x2e) && CLOSING_FENCE.test(text.slice(lineStart, end).replace(/\r$/, ''))) {
      return {
        ok: true,
        yaml: text.slice(firstBreak + 1, lineStart),
        yamlLine: 2,
        body: next < 0 ? '' : text.slice(next + 1),
        bodyLine: line + 1,
      };
    }
    if (next < 0) break;
    lineStart = next + 1;
    line++;
  }
  return { ok: false, problem: 'unclosed' };
}
