import yaml from 'js-yaml';
import type { Position } from '../validate/finding';

/**
 * YAML 1.2 core schema: `2026-03-04` stays a string (no Date), `no` stays a
 * string (no boolean), and no tags beyond the core ones can run or build
 * anything. Duplicate keys are an error.
 */
const SCHEMA = yaml.CORE_SCHEMA;

export interface YamlProblem {
  readonly rule: 'yaml-syntax' | 'yaml-duplicate-key' | 'yaml-tag' | 'yaml-tab';
  readonly position: Position;
  readonly message: string;
  readonly hint: string;
}

export type YamlResult = { readonly ok: true; readonly data: unknown } | { readonly ok: false; readonly problem: YamlProblem };

function isYamlException(error: unknown): error is yaml.YAMLException {
  return error instanceof yaml.YAMLException;
}

function explain(reason: string, lineText: string, position: Position): YamlProblem {
  const line = position.line;
  if (reason === 'duplicated mapping key') {
    const key = /^\s*(?:-\s+)?([^:#]+?)\s*:/.exec(lineText)?.[1] ?? 'this key';
    return {
      rule: 'yaml-duplicate-key',
      position: { line, column: lineText.length - lineText.trimStart().length + 1 },
      message: `duplicate key '${key}': each field may appear only once`,
      hint: `keep one '${key}' line and delete the other`,
    };
  }
  if (reason.startsWith('unknown tag')) {
    const bang = lineText.indexOf('!');
    const tag = /!\S*/.exec(lineText)?.[0] ?? 'tag';
    return {
      rule: 'yaml-tag',
      position: { line, column: bang >= 0 ? bang + 1 : position.column },
      message: `YAML tag '${tag}' is not allowed in incident files`,
      hint: 'remove the tag and write the value as plain text, a number, true/false or a list',
    };
  }
  if (reason.includes('tab characters')) {
    return {
      rule: 'yaml-tab',
      position: { line, column: 1 },
      message: 'tab character used for indentation; YAML only allows spaces',
      hint: 'replace the tab at the start of this line with spaces (two per level)',
    };
  }
  const unquoted = /:\s+([@`*&!%|>])/.exec(lineText);
  if (unquoted) {
    return {
      rule: 'yaml-syntax',
      position: { line, column: (unquoted.index ?? 0) + unquoted[0].length },
      message: `a value cannot start with '${unquoted[1]}' unless it is quoted`,
      hint: `put the value in double quotes, for example ${lineText.trim().replace(/:\s+(.*)$/, ': "$1"')}`,
    };
  }
  const colonInValue = /^\s*(?:-\s+)?[\w-]+:\s+[^"'\s][^#]*?:\s/.test(lineText);
  return {
    rule: 'yaml-syntax',
    position,
    message: `invalid YAML: ${reason}`,
    hint: colonInValue
      ? "this value contains ': '; put the whole value in double quotes"
      : 'check the indentation (spaces only, two per level) and the quoting of this line and the one above',
  };
}

/** Parses frontmatter YAML. Positions are 1-based and relative to `text`. */
export function parseYaml(text: string): YamlResult {
  try {
    return { ok: true, data: yaml.load(text, { schema: SCHEMA }) };
  } catch (error) {
    if (!isYamlException(error)) throw error;
    const mark = error.mark;
    const lines = text.split('\n');
    let lineIndex = Math.min(mark?.line ?? 0, Math.max(0, lines.length - 1));
    // A problem found at the very end of the stream belongs to the last line with content.
    while (lineIndex > 0 && (lines[lineIndex] ?? '').trim() === '') lineIndex--;
    const lineText = (lines[lineIndex] ?? '').replace(/\r$/, '');
    const column = lineIndex === mark?.line ? mark.column + 1 : 1;
    return { ok: false, problem: explain(error.reason ?? 'cannot be parsed', lineText, { line: lineIndex + 1, column }) };
  }
}
