import type { Position } from '../../core/finding';
import type { YamlProblem } from './problem';
import { YAML_SYNTAX } from './yaml-rules';

/**
 * An unclosed quote or bracket swallows the rest of the frontmatter, so
 * js-yaml notices it only at the end, far from the mistake. This reads the
 * lines up to that point the way YAML does (a quote or a bracket opens only
 * where a value starts; `It's` inside plain text is no quote) and finds
 * where the quote or bracket that is still open was opened.
 */

interface Open {
  readonly char: string;
  readonly position: Position;
}

interface ScanState {
  quote: Open | undefined;
  readonly brackets: Open[];
  /** Indentation of the line that started a block scalar (| or >) whose lines are being skipped. */
  blockIndent: number | undefined;
}

const CLOSERS: Record<string, string> = { '[': ']', '{': '}' };

function scanLine(text: string, line: number, state: ScanState): void {
  const indent = text.length - text.trimStart().length;
  if (state.blockIndent !== undefined) {
    if (text.trim() === '' || indent > state.blockIndent) return;
    state.blockIndent = undefined;
  }
  let valueStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (state.quote) {
      if (state.quote.char === '"' && ch === '\\') i++;
      else if (state.quote.char === "'" && ch === "'" && text[i + 1] === "'") i++;
      else if (ch === state.quote.char) state.quote = undefined;
      continue;
    }
    if (ch === ' ' || ch === '\t') continue;
    const inFlow = state.brackets.length > 0;
    if (ch === '#' && (i === 0 || text[i - 1] === ' ' || text[i - 1] === '\t')) return;
    if (valueStart && (ch === '"' || ch === "'")) {
      state.quote = { char: ch, position: { line, column: i + 1 } };
    } else if (valueStart && (ch === '|' || ch === '>') && !inFlow) {
      state.blockIndent = indent;
      return;
    } else if ((valueStart || inFlow) && (ch === '[' || ch === '{')) {
      state.brackets.push({ char: ch, position: { line, column: i + 1 } });
      valueStart = true;
    } else if (inFlow && (ch === ']' || ch === '}')) {
      state.brackets.pop();
      valueStart = false;
    } else if (inFlow && ch === ',') {
      valueStart = true;
    } else if ((ch === ':' || ch === '-' || ch === '?') && (i + 1 === text.length || ' \t,]}'.includes(text[i + 1]!))) {
      valueStart = true;
    } else {
      valueStart = false;
    }
  }
}

function scan(lines: readonly string[], lastIndex: number): ScanState {
  const state: ScanState = { quote: undefined, brackets: [], blockIndent: undefined };
  lines.slice(0, lastIndex + 1).forEach((text, index) => scanLine(text, index + 1, state));
  return state;
}

/** The unclosed quote or bracket js-yaml's `reason` is about, at the place it was opened; undefined when it cannot be found. */
export function findUnclosed(reason: string, lines: readonly string[], lastIndex: number): YamlProblem | undefined {
  const quoted = /within a (double|single) quoted scalar/.exec(reason);
  if (quoted) {
    const open = scan(lines, lastIndex).quote;
    if (!open) return undefined;
    const double = quoted[1] === 'double';
    return {
      rule: YAML_SYNTAX,
      position: open.position,
      message: `the ${double ? 'double' : 'single'} quote opened here is never closed`,
      hint: double
        ? 'end the value with a closing " on the same line; write a " inside the value as \\"'
        : "end the value with a closing ' on the same line; write a ' inside the value as ''",
    };
  }
  if (reason.includes('within a flow collection') || reason.includes('missed comma between flow collection entries')) {
    const open = scan(lines, lastIndex).brackets[0];
    if (!open) return undefined;
    const list = open.char === '[';
    return {
      rule: YAML_SYNTAX,
      position: open.position,
      message: `the ${list ? 'list' : 'set of fields'} opened with '${open.char}' here is never closed`,
      hint: `close it with '${CLOSERS[open.char]}' at the end, like ${list ? 'services: [checkout, payments-gateway]' : 'detection: { method: alert }'}`,
    };
  }
  return undefined;
}
