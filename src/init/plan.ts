import { DECLARE_LABEL } from '../declare/plan';
import type { InitAnswers } from './answers';
import { renderConfigFile } from './config-file';
import { renderMarkdownlintConfig, renderVsCodeExtensions } from './editor';
import { renderIssueForm } from './issue-form';
import { workflows } from './workflows';

export interface PlannedFile {
  /** Relative to the repository's root, forward slashes. */
  readonly path: string;
  readonly text: string;
  /** What it is for, in a few words. */
  readonly what: string;
}

/** Every file `incidents init` writes, in the order it reports them. Pure. */
export function planInit(answers: InitAnswers, actionRef: string): PlannedFile[] {
  return [
    { path: '.incidents.yml', text: renderConfigFile(answers), what: 'the program: severities, categories, services' },
    ...workflows(answers, actionRef).map((workflow) => ({
      path: `.github/workflows/${workflow.file}`,
      text: workflow.text,
      what: WORKFLOW_PURPOSE[workflow.file] ?? 'a workflow',
    })),
    {
      path: '.github/ISSUE_TEMPLATE/declare-incident.yml',
      text: renderIssueForm(answers),
      what: 'the "Declare an incident" issue form',
    },
    {
      path: 'incidents/.markdownlint-cli2.jsonc',
      text: renderMarkdownlintConfig(),
      what: 'incident files checked as you type (markdownlint)',
    },
    {
      path: '.vscode/extensions.json',
      text: renderVsCodeExtensions(),
      what: 'the VS Code extensions that use the two files above',
    },
    // Only where there is none: `npm i -D` makes node_modules/, which must not be committed with the incidents.
    { path: '.gitignore', text: 'node_modules/\n', what: 'node_modules/ stays out of commits' },
  ];
}

const WORKFLOW_PURPOSE: Record<string, string> = {
  'incidents-check.yml': 'pull requests: check, and one comment',
  'incidents-sync.yml': 'pushes to the default branch: follow-up issues',
  'incidents-review.yml': 'each quarter: the batch review',
  'incidents-declare.yml': 'issues from the form: a pull request',
};

export const DOCS_ACTION = 'https://github.com/incidents-as-code/incidents-as-code/blob/main/docs/action.md';

/** The one-time settings on GitHub that files cannot make, in the order to make them; without the label once it is made. */
export function githubSettings(repo: string | undefined, labelMade = false): string[] {
  const actionsSettings = repo
    ? `https://github.com/${repo}/settings/actions`
    : "the repository's Settings > Actions > General";
  const label = `gh label create ${DECLARE_LABEL}${repo ? ` --repo ${repo}` : ''} --color B60205 --description "Declared with the incident form"`;
  return [
    ...(labelMade
      ? []
      : [
          `Create the '${DECLARE_LABEL}' label: the declare form sets it, and GitHub drops a label that does not exist:\n     ${label}\n     (or run init again with --github and GITHUB_TOKEN set)`,
        ]),
    `Let workflows open pull requests (declare and the batch review do): in ${actionsSettings},\n     Workflow permissions, tick "Allow GitHub Actions to create and approve pull requests"`,
    `Optional: pull requests opened with GITHUB_TOKEN start no workflow, so a declared incident's pull request\n     gets no checks until someone pushes to it; an App token fixes that:\n     ${DOCS_ACTION}#checks-on-declared-pull-requests`,
  ];
}
