import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The folders of src/ and which others each may import: the pipeline's
 * layers, bottom up. Every folder is allowed only folders listed before it,
 * so the folder graph has no cycle; test/architecture.test.ts checks both
 * that and that the code keeps to it. A new import across folders that is
 * not listed here fails lint: add it here only if it keeps the order.
 */
export const FOLDER_IMPORTS = {
  core: [],
  git: ['core'],
  incidents: ['core', 'git'],
  schema: ['core', 'incidents'],
  config: ['core', 'incidents', 'schema'],
  validate: ['core', 'incidents', 'schema', 'config'],
  report: ['core', 'validate'],
  scaffold: ['core', 'incidents'],
  declare: ['core', 'scaffold'],
  import: ['core', 'incidents', 'scaffold'],
  github: ['core'],
  sync: ['core', 'incidents', 'github'],
  review: ['core', 'incidents', 'schema', 'config', 'validate'],
  status: ['core', 'incidents', 'review'],
  init: ['core', 'config', 'declare'],
  app: [
    'core',
    'git',
    'incidents',
    'schema',
    'config',
    'validate',
    'report',
    'scaffold',
    'declare',
    'import',
    'github',
    'sync',
    'review',
    'status',
    'init',
  ],
  cli: [
    'core',
    'git',
    'incidents',
    'schema',
    'config',
    'validate',
    'report',
    'scaffold',
    'declare',
    'import',
    'github',
    'sync',
    'review',
    'status',
    'init',
    'app',
  ],
  editor: ['core', 'validate', 'app'],
  action: [
    'core',
    'git',
    'incidents',
    'schema',
    'config',
    'validate',
    'report',
    'scaffold',
    'declare',
    'github',
    'sync',
    'review',
    'status',
    'init',
    'app',
  ],
};

/** Side effects stay at the edges: each of these packages only in the folders named. */
const PACKAGE_HOMES = [
  { names: ['@actions/core'], home: ['action'], why: 'Only src/action/ talks to @actions/core.' },
  { names: ['@octokit/*', 'bottleneck', 'bottleneck/*'], home: ['github'], why: 'Only src/github/ talks to GitHub.' },
  { names: ['node:child_process', 'child_process'], home: ['git'], why: 'Only src/git/ runs git.' },
  {
    names: ['node:fs', 'fs', 'node:fs/promises', 'fs/promises'],
    home: ['incidents', 'git', 'cli', 'action', 'editor'],
    why: 'Files are read and written in src/incidents/; the entry points may read what the process is given.',
  },
];

const FOLDERS = Object.keys(FOLDER_IMPORTS);

/** Folders nest at most this deep below src/<folder>/ (src/review/render/ is depth 1). */
export const MAX_DEPTH = 3;

/**
 * A relative import from a file `depth` folders below src/<folder>/ that
 * reaches one of `folders`: exactly depth + 1 steps up, then the folder's
 * name. (Any fewer steps stay inside src/<folder>/, whatever the names.)
 */
const reaching = (folders, depth) => `^(?:\\.\\./){${depth + 1}}(?:${folders.join('|')})(?:/|$)`;

function importRules(folder, depth) {
  const forbidden = FOLDERS.filter((other) => other !== folder && !FOLDER_IMPORTS[folder].includes(other));
  const packages = PACKAGE_HOMES.filter((rule) => !rule.home.includes(folder));
  const exact = packages.flatMap((rule) =>
    rule.names.filter((name) => !name.includes('*')).map((name) => ({ name, message: rule.why })),
  );
  const globs = packages.flatMap((rule) =>
    rule.names.filter((name) => name.includes('*')).map((name) => ({ group: [name], message: rule.why })),
  );
  const layers = forbidden.length
    ? [
        {
          regex: reaching(forbidden, depth),
          message: `src/${folder}/ may import only ${FOLDER_IMPORTS[folder].join(', ') || 'packages'} (the layers in eslint.config.js).`,
        },
      ]
    : [];
  return {
    files: [`src/${folder}/${'*/'.repeat(depth)}*.ts`],
    rules: { 'no-restricted-imports': ['error', { paths: exact, patterns: [...layers, ...globs] }] },
  };
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'bench/.data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly' } },
    rules: {
      // Only the entry points may end the process or print freely.
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'exit',
          message: 'Return an exit code; only the entry point sets process.exitCode.',
        },
      ],
      'no-control-regex': 'off',
    },
  },
  ...FOLDERS.flatMap((folder) => Array.from({ length: MAX_DEPTH + 1 }, (_, depth) => importRules(folder, depth))),
);
