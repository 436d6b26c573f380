import { listOf } from '../../core/suggest';
import { cut, type YamlProblem } from './problem';
import { YAML_SYNTAX } from './yaml-rules';

/**
 * "bad indentation of a mapping entry" in words: which levels the lines
 * above use, or that a field follows list items at their own level. Most
 * of these are a space too many or too few, invisible in the file.
 */

function indentOf(text: string): number {
  return text.length - text.trimStart().length;
}

function isContent(text: string): boolean {
  const trimmed = text.trim();
  return trimmed !== '' && !trimmed.startsWith('#');
}

function spaces(n: number): string {
  return `${n} space${n === 1 ? '' : 's'}`;
}

/** Indentation levels open at line `index`: the nearest line above, then each less-indented line above that. */
function openLevels(lines: readonly string[], index: number): { indent: number; text: string }[] {
  const levels: { indent: number; text: string }[] = [];
  for (let i = index - 1; i >= 0; i--) {
    const text = lines[i]!;
    if (!isContent(text)) continue;
    const indent = indentOf(text);
    if (levels.length === 0 || indent < levels[levels.length - 1]!.indent) levels.push({ indent, text: text.trim() });
    if (indent === 0) break;
  }
  return levels;
}

function keyOf(text: string): string {
  return cut(/^\s*(?:-\s+)?([^:#]+?)\s*:/.exec(text)?.[1] ?? text.trim());
}

export function badIndentation(lines: readonly string[], index: number): YamlProblem | undefined {
  const text = lines[index];
  if (text === undefined || !isContent(text)) return undefined;
  const indent = indentOf(text);
  const key = keyOf(text);
  const levels = openLevels(lines, index);
  const nearest = levels[0];
  if (!nearest) return undefined;
  const position = { line: index + 1, column: indent + 1 };
  if (nearest.indent === indent && nearest.text.startsWith('-')) {
    const parent = levels[1];
    return {
      rule: YAML_SYNTAX,
      position,
      message: `'${key}' is a field at the indentation of the list items above it; a list and fields cannot share a level`,
      hint: parent
        ? `if '${key}' is not part of the list, line it up with '${keyOf(parent.text)}:'; if it is an item, start it with '- '`
        : `start it with '- ' to make it a list item, or move it out of the list`,
    };
  }
  // An indentation that matches a level is not what went wrong; say nothing rather than something false.
  if (levels.some((level) => level.indent === indent)) return undefined;
  const used = [...new Set(levels.map((level) => String(level.indent)))];
  return {
    rule: YAML_SYNTAX,
    position,
    message: `'${key}' is indented by ${spaces(indent)}; the fields above it are indented by ${listOf(used)}`,
    hint: `indent it by exactly as many spaces as the field it belongs next to; YAML nests by indentation alone`,
  };
}
