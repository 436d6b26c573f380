import { CST, Lexer } from 'yaml';
import type { Position } from '../../core/finding';

export interface AnchorOrAlias {
  readonly kind: 'anchor' | 'alias';
  /** As written: &name or *name. */
  readonly source: string;
  readonly position: Position;
}

/** Tokens the lexer emits that stand for no characters of the source. */
const SYNTHETIC = new Set([CST.DOCUMENT, CST.FLOW_END, CST.SCALAR]);

/**
 * The first anchor (&name) or alias (*name) in YAML source, found by the
 * `yaml` package's lexer, so an & or * inside a quoted or plain value is
 * no match. Only called for text that has an & or a * at all.
 */
export function firstAnchorOrAlias(text: string): AnchorOrAlias | undefined {
  let offset = 0;
  let line = 1;
  let lineStart = 0;
  for (const token of new Lexer().lex(text)) {
    if (SYNTHETIC.has(token)) continue;
    const type = CST.tokenType(token);
    if (type === 'anchor' || type === 'alias') {
      return { kind: type, source: token, position: { line, column: offset - lineStart + 1 } };
    }
    for (let i = token.indexOf('\n'); i >= 0; i = token.indexOf('\n', i + 1)) {
      line++;
      lineStart = offset + i + 1;
    }
    offset += token.length;
  }
  return undefined;
}
