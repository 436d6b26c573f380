/**
 * Editor support for incident files, as `incidents init` sets it up.
 *
 * YAML language servers (VS Code's YAML extension and the editors that embed
 * it) check YAML files only, never the frontmatter of Markdown files. What
 * editors do run on Markdown is markdownlint (VS Code: the markdownlint
 * extension, which runs markdownlint-cli2 and its config files), and
 * markdownlint runs custom rules: incidents-as-code/markdownlint is one, the
 * same checks as `incidents validate`, on the text being edited. Its config
 * sits in the incidents folder, so it applies to incident files only.
 */

/** The config schema as installed by `npm i -D incidents-as-code`, relative to .incidents.yml at the root. */
export const CONFIG_SCHEMA_PATH = './node_modules/incidents-as-code/schemas/config.schema.json';

/** The rule module's name, as markdownlint-cli2 resolves it from the incidents folder. */
export const MARKDOWNLINT_RULE_MODULE = 'incidents-as-code/markdownlint';

/** The names of the two rules the module defines: markdownlint takes a severity per rule, not per finding. */
export const MARKDOWNLINT_RULES = { errors: 'incidents-as-code', warnings: 'incidents-as-code-warnings' } as const;

export function renderMarkdownlintConfig(): string {
  return [
    '// Written by `incidents init`: incident files checked as you type, in any editor that runs',
    '// markdownlint (VS Code: the markdownlint extension), and by `npx markdownlint-cli2 "incidents/**/*.md"`.',
    '{',
    `  "customRules": ["${MARKDOWNLINT_RULE_MODULE}"],`,
    '  // The frontmatter is what these rules check, at its own line numbers: markdownlint must not cut it off.',
    '  "frontMatter": "(?!)",',
    '  "config": {',
    "    // markdownlint's own style rules stay off here: with the frontmatter kept, they would misread it.",
    '    "default": false,',
    `    "${MARKDOWNLINT_RULES.errors}": true,`,
    `    "${MARKDOWNLINT_RULES.warnings}": "warning"`,
    '  }',
    '}',
    '',
  ].join('\n');
}

export const RECOMMENDED_EXTENSIONS = ['DavidAnson.vscode-markdownlint', 'redhat.vscode-yaml'] as const;

export function renderVsCodeExtensions(): string {
  return `${JSON.stringify({ recommendations: RECOMMENDED_EXTENSIONS }, null, 2)}\n`;
}
