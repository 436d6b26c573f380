import yaml from 'js-yaml';
import { firstAnchorOrAlias } from './anchors';
import { explainYamlError } from './explain';
import type { YamlProblem } from './problem';
import { YAML_ALIAS, YAML_TAB } from './yaml-rules';

export type { YamlProblem } from './problem';

/**
 * YAML 1.2 core schema: `2026-03-04` stays a string (no Date), `no` stays a
 * string (no boolean), and no tags beyond the core ones can run or build
 * anything. Duplicate keys are an error.
 */
const SCHEMA = yaml.CORE_SCHEMA;

/**
 * The deepest field of an incident or the config is five levels down
 * (follow_ups.labels.type.<key>: value); anything deeper is a mistake or an
 * attack, and js-yaml parses nesting by recursion, so it stops here, long
 * before the stack would.
 */
export const MAX_YAML_DEPTH = 20;

/** A non-breaking space (pasted from a chat or a web page) at the start of a line: looks like indentation, is not. */
const NBSP_INDENT = /^[ \t]*\u00a0/m;

/** js-yaml 4.3 reads maxDepth; @types/js-yaml does not list it yet. */
const LOAD_OPTIONS = { schema: SCHEMA, maxDepth: MAX_YAML_DEPTH } as yaml.LoadOptions;

export type YamlResult =
  | { readonly ok: true; readonly data: unknown }
  | { readonly ok: false; readonly problem: YamlProblem };

function isYamlException(error: unknown): error is yaml.YAMLException {
  return error instanceof yaml.YAMLException;
}

function nonBreakingIndent(text: string): YamlProblem | undefined {
  const match = NBSP_INDENT.exec(text);
  if (!match) return undefined;
  return {
    rule: YAML_TAB,
    position: { line: text.slice(0, match.index).split('\n').length, column: match[0].length },
    message: 'non-breaking space used for indentation; YAML only allows plain spaces',
    hint: 'retype the indentation of this line with the space bar (text pasted from a chat or a web page often brings non-breaking spaces)',
  };
}

/**
 * Anchors and aliases are refused: a value written once and used elsewhere
 * hides where it comes from, and a few lines of aliases can stand for
 * billions of values (the "billion laughs"), which every check after the
 * parse would walk. js-yaml shares aliased values instead of copying them,
 * so refusing after the parse costs nothing even for such a file.
 */
function anchorProblem(text: string): YamlProblem | undefined {
  if (!text.includes('&') && !text.includes('*')) return undefined;
  const found = firstAnchorOrAlias(text);
  if (!found) return undefined;
  return {
    rule: YAML_ALIAS,
    position: found.position,
    message: `YAML ${found.kind} '${found.source}' is not allowed: write each value where it is used`,
    hint:
      found.kind === 'alias'
        ? `replace ${found.source} with the value itself, and remove the anchor &${found.source.slice(1)}`
        : `remove ${found.source} and replace each *${found.source.slice(1)} with the value itself`,
  };
}

/** Parses frontmatter YAML. Positions are 1-based and relative to `text`. */
export function parseYaml(text: string): YamlResult {
  const nbsp = text.includes('\u00a0') ? nonBreakingIndent(text) : undefined;
  if (nbsp) return { ok: false, problem: nbsp };
  let data: unknown;
  try {
    data = yaml.load(text, LOAD_OPTIONS);
  } catch (error) {
    if (!isYamlException(error)) throw error;
    const mark = error.mark ? { line: error.mark.line, column: error.mark.column } : undefined;
    return { ok: false, problem: explainYamlError(text, { reason: error.reason ?? 'cannot be parsed', mark }) };
  }
  const anchor = anchorProblem(text);
  return anchor ? { ok: false, problem: anchor } : { ok: true, data };
}
