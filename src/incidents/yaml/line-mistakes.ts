import type { Position } from '../../core/finding';
import { cut, type YamlProblem } from './problem';
import { YAML_SYNTAX } from './yaml-rules';

/**
 * Mistakes on one line that js-yaml reports vaguely or a line late: a
 * pasted control character, a Windows path in double quotes, `key:value`,
 * a quote inside a quoted value. Each returns undefined when the line does
 * not show the mistake, so the caller falls back to js-yaml's own words.
 */

/** Characters YAML refuses anywhere in a file (js-yaml's own test): control characters other than tab and line ends. */
const NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]/;
/** What may follow a backslash in a double-quoted YAML value. */
const ESCAPES = new Set([...'0abtnvfre "/\\N_LPxuU\t']);

function positionOf(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

function hex(ch: string): string {
  return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

export function controlCharacter(text: string): YamlProblem | undefined {
  const match = NON_PRINTABLE.exec(text);
  if (!match) return undefined;
  return {
    rule: YAML_SYNTAX,
    position: positionOf(text, match.index),
    message: `the frontmatter contains the control character ${hex(match[0])}, which YAML does not allow`,
    hint: 'delete it: it is invisible in most editors and usually comes with text pasted from a terminal or a log',
  };
}

export function unknownEscape(lineText: string, line: number): YamlProblem | undefined {
  for (let i = lineText.indexOf('\\'); i >= 0; i = lineText.indexOf('\\', i + 2)) {
    const next = lineText[i + 1];
    if (next !== undefined && !ESCAPES.has(next)) {
      return {
        rule: YAML_SYNTAX,
        position: { line, column: i + 1 },
        message: `unknown escape '\\${next}' in a double-quoted value`,
        hint: 'inside double quotes a backslash starts an escape (\\n, \\t, \\"): write a backslash as \\\\, or put the value in single quotes',
      };
    }
  }
  return undefined;
}

/** `severity:SEV2` or a lone `title` on the line before reads as one long key, and js-yaml complains a line later. */
export function missingSpace(previousLine: string | undefined, line: number): YamlProblem | undefined {
  const bare = previousLine === undefined ? null : /^(\s*)(?:-\s+)?([\w-]+)\s*$/.exec(previousLine);
  if (bare) {
    return {
      rule: YAML_SYNTAX,
      position: { line: line - 1, column: bare[1]!.length + 1 },
      message: `'${cut(bare[2]!)}' has no ':' after it`,
      hint: `write it as ${cut(bare[2]!)}: followed by its value, or delete the line`,
    };
  }
  const match = previousLine === undefined ? null : /^(\s*(?:-\s+)?[\w-]+):(\S.*)$/.exec(previousLine);
  if (!match) return undefined;
  return {
    rule: YAML_SYNTAX,
    position: { line: line - 1, column: match[1]!.length + 2 },
    message: `missing space after ':' in '${cut(match[0].trim())}'`,
    hint: `write a space after the colon: ${cut(`${match[1]!.trim()}: ${match[2]}`)}`,
  };
}

/** `title: "Checkout "slow" ..."`: the second quote ends the value, and the rest cannot follow it. */
export function textAfterQuote(lineText: string, line: number): YamlProblem | undefined {
  const match = /^(\s*(?:-\s+)?[\w-]+:\s+)(["'])((?:\\.|(?!\2).)*)\2(\s*[^\s#].*)$/.exec(lineText);
  if (!match) return undefined;
  const [, lead, quote, inner, rest] = match;
  // The value as meant: what lies between the first quote and the last one on the line.
  const tail = rest!.trimEnd();
  const value = `${inner}${quote}${tail.endsWith(quote!) ? tail.slice(0, -1) : tail}`;
  return {
    rule: YAML_SYNTAX,
    position: { line, column: lead!.length + 1 + quote!.length + inner!.length },
    message: `the value ends at this ${quote}; the text after it cannot follow: ${cut(rest!.trim())}`,
    hint:
      quote === '"'
        ? `write a " inside the value as \\", or quote the value with single quotes: ${cut(`${lead!.trim()} '${value.replace(/'/g, "''")}'`)}`
        : `write a ' inside the value as '', or quote the value with double quotes: ${cut(`${lead!.trim()} "${value.replace(/"/g, '\\"')}"`)}`,
  };
}
