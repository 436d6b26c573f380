import * as core from '@actions/core';
import { DECLARE_LABEL } from '../declare/plan';
import { declareIncident } from '../app/declare-incident';
import { UsageError } from '../core/errors';
import { parseRepo } from '../github/api/repo';
import { createClient } from '../github/client';
import { loadConfig } from '../config/load';
import type { RunContext } from './context';
import type { Inputs } from './inputs';

/** People who can push may declare; an issue form anyone can fill in must not open pull requests for anyone. */
const TRUSTED = new Set(['OWNER', 'MEMBER', 'COLLABORATOR']);

/** declare: an issue-form submission becomes an incident file and a pull request, once. */
export async function actionDeclare(inputs: Inputs, context: RunContext, workspace: string, now: Date): Promise<void> {
  const issue = context.issue;
  if (!issue) throw new UsageError(`declare runs on issues events (this is '${context.eventName || 'none'}')`);
  if (!issue.labels.includes(DECLARE_LABEL)) {
    core.info(`Nothing to declare: issue #${issue.number} has no '${DECLARE_LABEL}' label.`);
    return;
  }
  if (!TRUSTED.has(issue.authorAssociation)) {
    core.notice(
      `Issue #${issue.number} was opened by @${issue.author}, who cannot push to this repository; incidents are declared by members only.`,
    );
    return;
  }
  const { config } = loadConfig(workspace, inputs.config);
  const repo = parseRepo(context.repository);
  if (!repo || !inputs.token)
    throw new UsageError('declare needs GITHUB_REPOSITORY and a token with contents, pull-requests and issues write');
  const client = createClient({
    token: inputs.token,
    baseUrl: context.apiUrl,
    log: { info: (m) => core.info(m), warn: (m) => core.warning(m) },
  });
  const result = await declareIncident(client, repo, issue, config, now);
  if (result.kind === 'invalid')
    core.notice(`Issue #${issue.number}: ${result.problems} answer(s) to fix; commented on the issue.`);
  if (result.kind === 'declared') {
    if (result.raced)
      core.notice(
        `Another run was declaring issue #${issue.number} at the same moment (the form fires 'opened' and 'labeled' together); nothing was made twice: pull request #${result.pull.number}. A per-issue concurrency group in the workflow keeps such runs apart.`,
      );
    core.setOutput('incident-file', result.path);
    core.setOutput('pull-request', result.pull.url);
    core.info(`${result.created ? 'Opened' : 'Found'} pull request #${result.pull.number} for ${result.path}`);
  }
}
