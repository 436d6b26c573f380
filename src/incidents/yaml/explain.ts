import { badIndentation } from './indentation';
import { controlCharacter, missingSpace, textAfterQuote, unknownEscape } from './line-mistakes';
import { cut, type YamlProblem } from './problem';
import { findUnclosed } from './unclosed';
import { YAML_DUPLICATE_KEY, YAML_SYNTAX, YAML_TAB, YAML_TAG, YAML_TOO_DEEP } from './yaml-rules';

/** What js-yaml said, and where, in the words of its exception. */
export interface YamlError {
  readonly reason: string;
  /** 0-based line and column of js-yaml's mark, when it has one. */
  readonly mark: { readonly line: number; readonly column: number } | undefined;
}

/** js-yaml's complaints about a tag itself (not about a core tag's value). */
const TAG_REASON = /^(?:unknown tag|undeclared tag handle|named tag handle|tag (?:name|suffix|prefix))/;

/** Turns a js-yaml exception into what a user should read, at the place to fix. */
export function explainYamlError(text: string, { reason, mark }: YamlError): YamlProblem {
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  let lineIndex = Math.min(mark?.line ?? 0, Math.max(0, lines.length - 1));
  // A problem found at the very end of the stream belongs to the last line with content.
  while (lineIndex > 0 && (lines[lineIndex] ?? '').trim() === '') lineIndex--;
  const lineText = lines[lineIndex] ?? '';
  const line = lineIndex + 1;
  const position = { line, column: lineIndex === mark?.line ? mark.column + 1 : 1 };

  if (reason === 'duplicated mapping key') {
    const key = cut(/^\s*(?:-\s+)?([^:#]+?)\s*:/.exec(lineText)?.[1]?.replace(/^(["'])(.*)\1$/, '$2') ?? 'this key');
    return {
      rule: YAML_DUPLICATE_KEY,
      position: { line, column: lineText.length - lineText.trimStart().length + 1 },
      message: `duplicate key '${key}': each field may appear only once`,
      hint: `keep one '${key}' line and delete the other`,
    };
  }
  if (TAG_REASON.test(reason)) {
    const bang = lineText.indexOf('!');
    const tag = cut(/!\S*/.exec(lineText)?.[0] ?? 'tag');
    return {
      rule: YAML_TAG,
      position: { line, column: bang >= 0 ? bang + 1 : position.column },
      message: `YAML tag '${tag}' is not allowed in incident files`,
      hint: 'remove the tag and write the value as plain text, a number, true/false or a list',
    };
  }
  if (reason.includes('tab characters')) {
    return {
      rule: YAML_TAB,
      position: { line, column: /^ *\t/.exec(lineText)?.[0].length ?? 1 },
      message: 'tab character used for indentation; YAML only allows spaces',
      hint: 'replace the tab at the start of this line with spaces (two per level)',
    };
  }
  if (reason.startsWith('nesting exceeded maxDepth')) {
    const depth = /\((\d+)\)/.exec(reason)?.[1] ?? 'the allowed';
    return {
      rule: YAML_TOO_DEEP,
      position,
      message: `the YAML is nested more than ${depth} levels deep`,
      hint: 'no field of an incident or the config is more than a few levels deep; look for brackets that are never closed or indentation that keeps growing',
    };
  }
  if (reason === 'the stream contains non-printable characters' || reason === 'expected valid JSON character') {
    const found = controlCharacter(text);
    if (found) return found;
  }
  if (reason === 'unknown escape sequence') {
    const found = unknownEscape(lineText, line);
    if (found) return found;
  }
  if (reason.startsWith('can not read a block mapping entry')) {
    const found = missingSpace(lines[lineIndex - 1], line);
    if (found) return found;
  }
  const unclosed = findUnclosed(reason, lines, lineIndex);
  if (unclosed) return unclosed;

  const unquoted = /:\s+([@`*&!%|>])/.exec(lineText);
  if (unquoted) {
    return {
      rule: YAML_SYNTAX,
      position: { line, column: (unquoted.index ?? 0) + unquoted[0].length },
      message: `a value cannot start with '${unquoted[1]}' unless it is quoted`,
      hint: `put the value in double quotes, for example ${cut(lineText.trim().replace(/:\s+(.*)$/, ': "$1"'))}`,
    };
  }
  const colonInValue = /^(\s*(?:-\s+)?[\w-]+):\s+([^"'\s][^#]*?:\s.*?)\s*$/.exec(lineText);
  if (colonInValue) {
    return {
      rule: YAML_SYNTAX,
      position,
      message: "this value contains ': ', which YAML reads as the start of another field",
      hint: `put the whole value in double quotes: ${cut(`${colonInValue[1]!.trim()}: "${colonInValue[2]!.replace(/"/g, '\\"')}"`)}`,
    };
  }
  const afterQuote = textAfterQuote(lineText, line);
  if (afterQuote) return afterQuote;
  if (reason === 'bad indentation of a mapping entry') {
    const found = badIndentation(lines, lineIndex);
    if (found) return found;
  }
  return {
    rule: YAML_SYNTAX,
    position,
    message: `invalid YAML: ${cut(reason)}`,
    hint: 'check the indentation (spaces only, two per level) and the quoting of this line and the one above',
  };
}
