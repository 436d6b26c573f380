import type { InitAnswers } from './answers';

/**
 * The workflows `incidents init` writes: one per event, each with the least
 * permissions its command needs, a concurrency group, and the checkout its
 * command uses. Actions on versions that run on Node 24 (GitHub removed
 * Node 20 from its runners on 2026-09-16).
 */

export const CHECKOUT = 'actions/checkout@v7';

/**
 * The checkout of the pull-request check, in one place: validate compares the
 * pull request with its base commit (`--changed-since`), which needs the base
 * in the clone; without it every file is checked, with a notice.
 */
export const VALIDATE_CHECKOUT = [
  '      - uses: ' + CHECKOUT,
  '        with:',
  '          fetch-depth: 2   # the merge commit and its parents: only the files the pull request changes are checked in full',
];

export interface Workflow {
  /** The file under .github/workflows/. */
  readonly file: string;
  readonly text: string;
}

const PATHS = "['incidents/**', '.incidents.yml']";

function step(actionRef: string, command: string, comment: string, extra: readonly string[] = []): string[] {
  return [`      - uses: ${actionRef}`, '        with:', `          command: ${command}   # ${comment}`, ...extra];
}

export function workflows(answers: InitAnswers, actionRef: string): Workflow[] {
  return [
    {
      file: 'incidents-check.yml',
      text: [
        '# Pull requests: check the incident files they change, and keep one comment that says what is',
        '# wrong and what the next status needs. Written by `incidents init`.',
        'name: incidents-check',
        'on:',
        '  pull_request:',
        `    paths: ${PATHS}`,
        'permissions:',
        '  contents: read          # read the incident files',
        '  pull-requests: write    # the one comment on the pull request (none on pull requests from forks)',
        'concurrency:',
        '  group: incidents-check-${{ github.event.pull_request.number }}',
        '  cancel-in-progress: true   # a newer push makes this run stale',
        'jobs:',
        '  validate:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        ...VALIDATE_CHECKOUT,
        ...step(actionRef, 'validate', 'findings as annotations, the job summary and the comment'),
        '',
      ].join('\n'),
    },
    {
      file: 'incidents-sync.yml',
      text: [
        '# Pushes to the default branch: validate, then file one issue per follow-up, exactly once, and',
        '# keep the issues in step with the files. Written by `incidents init`.',
        'name: incidents-sync',
        'on:',
        '  push:',
        `    branches: [${answers.branch}]`,
        `    paths: ${PATHS}`,
        'permissions:',
        '  contents: read',
        '  issues: write           # file, update and close the follow-up issues',
        'concurrency:',
        '  group: incidents-sync   # one sync at a time: a second waits instead of racing',
        '  cancel-in-progress: false',
        'jobs:',
        '  sync:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        `      - uses: ${CHECKOUT}`,
        ...step(actionRef, 'auto', 'a push to the default branch: validate, then sync'),
        '',
      ].join('\n'),
    },
    {
      file: 'incidents-review.yml',
      text: [
        '# Every quarter: the batch review of the last full quarter, as one pull request per period that',
        '# adds incidents/reviews/<period>.md for the meeting. Written by `incidents init`.',
        'name: incidents-review',
        'on:',
        '  schedule:',
        "    - cron: '0 6 2 1,4,7,10 *'   # 06:00 UTC on the 2nd day of each quarter",
        '  workflow_dispatch:',
        'permissions:',
        '  contents: write         # push the review record to its branch',
        '  pull-requests: write    # open or update the review pull request',
        '  issues: read            # read follow-up states back from their issues',
        'concurrency:',
        '  group: incidents-review',
        '  cancel-in-progress: false',
        'jobs:',
        '  review:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        `      - uses: ${CHECKOUT}`,
        ...step(actionRef, 'review', 'the last full quarter', ['          review-output: pr']),
        '',
      ].join('\n'),
    },
    {
      file: 'incidents-declare.yml',
      text: [
        '# Issues opened with the "Declare an incident" form: the incident file, on a branch, in a pull',
        '# request, and a comment on the issue. Written by `incidents init`.',
        'name: incidents-declare',
        'on:',
        '  issues:',
        '    types: [opened, edited, labeled]',
        'permissions:',
        '  contents: write         # the branch with the new incident file',
        '  pull-requests: write    # the pull request that adds it',
        '  issues: write           # the comment on the issue',
        'concurrency:',
        '  group: incidents-declare-${{ github.event.issue.number }}',
        '  cancel-in-progress: false',
        'jobs:',
        '  declare:',
        "    if: contains(github.event.issue.labels.*.name, 'incident')",
        '    runs-on: ubuntu-latest',
        '    steps:',
        `      - uses: ${CHECKOUT}`,
        ...step(actionRef, 'declare', 'the form becomes a pull request, once per issue'),
        '',
      ].join('\n'),
    },
  ];
}
