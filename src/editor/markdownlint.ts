// A markdownlint custom rule module: `incidents validate` on the text an
// editor holds. Editors run markdownlint on Markdown as you type (VS Code:
// the markdownlint extension, through markdownlint-cli2 and its config files);
// no YAML language server reads the frontmatter of a Markdown file. Two rules,
// because markdownlint takes a severity per rule: errors, and warnings.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { validateEditedFile } from '../app/validate-edited';
import type { Finding, Severity } from '../core/finding';
import { DOCS_URL } from '../validate/registry';

/** What markdownlint hands a rule and takes back (markdownlint's own types, as far as these rules use them). */
interface RuleParams {
  readonly name: string;
  readonly lines: readonly string[];
}
interface RuleError {
  readonly lineNumber: number;
  readonly detail?: string;
  readonly range?: readonly [number, number];
}
interface MarkdownlintRule {
  readonly names: readonly string[];
  readonly description: string;
  readonly information: URL;
  readonly tags: readonly string[];
  readonly parser: 'none';
  readonly function: (params: RuleParams, onError: (error: RuleError) => void) => void;
}

/** The repository a file belongs to: the nearest folder above it with .incidents.yml, else with .git. */
function repositoryOf(file: string): string {
  const start = path.dirname(path.resolve(file));
  for (const marker of ['.incidents.yml', '.git'])
    for (let dir = start; ; dir = path.dirname(dir)) {
      if (existsSync(path.join(dir, marker))) return dir;
      if (path.dirname(dir) === dir) break;
    }
  return start;
}

function findingsOf(params: RuleParams): Finding[] {
  const cwd = repositoryOf(params.name);
  const file = path.relative(cwd, path.resolve(params.name)).split(path.sep).join('/');
  return validateEditedFile({ cwd, file, text: params.lines.join('\n'), now: new Date() });
}

// Both rules read the same findings: the second asks for the same text, so it reuses the first's answer.
let last: { readonly name: string; readonly text: string; readonly findings: Finding[] } | undefined;
function cachedFindings(params: RuleParams): Finding[] {
  const text = params.lines.join('\n');
  if (last?.name !== params.name || last.text !== text)
    last = { name: params.name, text, findings: findingsOf(params) };
  return last.findings;
}

function rule(name: string, severity: Severity, description: string): MarkdownlintRule {
  return {
    names: [name],
    description,
    information: new URL(DOCS_URL),
    tags: ['incidents'],
    parser: 'none',
    function(params, onError) {
      for (const finding of cachedFindings(params)) {
        if (finding.severity !== severity) continue;
        const line = params.lines[finding.line - 1] ?? '';
        const lineNumber = Math.min(Math.max(finding.line, 1), Math.max(params.lines.length, 1));
        const column = Math.max(finding.column, 1);
        onError({
          lineNumber,
          detail: `${finding.message} [${finding.rule}]${finding.hint ? `; fix: ${finding.hint}` : ''}`,
          // From the finding's column to the end of its line: what the editor underlines.
          ...(column <= line.length ? { range: [column, line.length - column + 1] as const } : {}),
        });
      }
    },
  };
}

const rules: MarkdownlintRule[] = [
  rule('incidents-as-code', 'error', 'incident file errors (incidents validate)'),
  rule('incidents-as-code-warnings', 'warning', 'incident file warnings (incidents validate)'),
];
export default rules;
