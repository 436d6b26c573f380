import * as core from '@actions/core';
import { commentOnPullRequest } from '../app/pull-request-report';
import { validateIncidents } from '../app/validate-incidents';
import type { ValidateResult } from '../validate/validate-set';
import { describeError } from '../github/explain-failure';
import { commitAvailability, mergedBase } from '../git/changes';
import { parseRepo } from '../github/api/repo';
import type { RunContext } from './context';
import { forkNotice } from './fork';
import { renderGithub } from '../report/github';
import { renderMarkdown } from '../report/markdown';
import { summaryLine } from '../report/text';
import type { Inputs } from './inputs';

/**
 * On a pull request the token may write to (not a fork): one comment that
 * says, per incident file, what is wrong and what the next status needs.
 * A comment that cannot be written is a warning, never a failed check.
 */
async function tryCommentOnPullRequest(
  inputs: Inputs,
  context: RunContext,
  workspace: string,
  result: ValidateResult,
): Promise<void> {
  const repo = parseRepo(context.repository);
  if (context.isForkPullRequest) {
    core.notice(forkNotice('no comment is written', 'the findings are in the job summary and annotations'));
    return;
  }
  if (context.pullRequestNumber === undefined || !repo || !inputs.token) return;
  try {
    const log = { info: (m: string) => core.info(m), warn: (m: string) => core.warning(m) };
    const action = await commentOnPullRequest(
      {
        cwd: workspace,
        configPath: inputs.config,
        token: inputs.token,
        apiUrl: context.apiUrl,
        repo,
        pullRequest: context.pullRequestNumber,
        log,
      },
      result,
    );
    core.info(`Pull request comment ${action}.`);
  } catch (error) {
    core.warning(
      `Could not comment on pull request #${context.pullRequestNumber}: ${describeError(error)}. The findings are in the job summary.`,
    );
  }
}

/**
 * On a pull request, the commit to validate the change against: its base,
 * when the checkout has its history (fetch-depth: 0), or else the first
 * parent of the merge commit actions/checkout checks out (fetch-depth: 2,
 * a clone about as fast as the default depth 1). Otherwise every file is
 * validated. A workspace that is no git checkout at all gets no notice:
 * nothing to fix.
 */
function pullRequestBase(inputs: Inputs, context: RunContext, workspace: string): string | undefined {
  const sha = context.pullRequestBaseSha;
  if (sha === undefined || inputs.paths.length > 0) return undefined;
  const availability = commitAvailability(workspace, sha);
  if (availability === 'available') return sha;
  if (availability === 'no-checkout') return undefined;
  const merged = mergedBase(workspace);
  if (merged !== undefined) return merged;
  core.notice(
    `Validating every incident file: the pull request's base commit ${sha.slice(0, 12)} is not in the checkout. To validate only the files the pull request changes, check out with actions/checkout and fetch-depth: 2.`,
  );
  return undefined;
}

/** validate: one annotation per finding, every finding in the job summary, the counts as outputs. */
export async function actionValidate(
  inputs: Inputs,
  context: RunContext,
  workspace: string,
  now: Date,
  writeOut: (text: string) => void,
  workerEntry?: URL,
): Promise<ValidateResult> {
  const changedSince = pullRequestBase(inputs, context, workspace);
  const result = await validateIncidents({
    cwd: workspace,
    paths: inputs.paths,
    configPath: inputs.config,
    now,
    changedSince,
    workerEntry,
  });
  writeOut(renderGithub(result.findings));
  core.summary.addRaw(renderMarkdown(result));
  core.setOutput('errors', result.errors);
  core.setOutput('warnings', result.warnings);
  core.setOutput('files', result.files);
  core.info(summaryLine(result));
  if (context.eventName === 'pull_request' || context.eventName === 'pull_request_target')
    await tryCommentOnPullRequest(inputs, context, workspace, result);
  return result;
}
