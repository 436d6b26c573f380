import * as core from '@actions/core';
import { batchReview, publishBatchReview } from '../app/batch-review';
import { parseRepo } from '../github/api/repo';
import { MAX_SUMMARY_BYTES } from '../core/github-limits';
import { leftOutNote } from '../review/render/left-out';
import { renderReviewMarkdown } from '../review/render/markdown';
import { UsageError } from '../core/errors';
import type { RunContext } from './context';
import { ACTION_SOURCES } from './sources';
import { forkNotice } from './fork';
import type { Inputs, ReviewOutput } from './inputs';

/** review: the batch review in the job summary, and optionally as a pull request or an issue. */
export async function actionReview(
  inputs: Inputs,
  context: RunContext,
  workspace: string,
  now: Date,
  workerEntry?: URL,
): Promise<void> {
  const output: ReviewOutput = inputs.reviewOutput ?? (context.eventName === 'schedule' ? 'pr' : 'summary');
  const log = { info: (m: string) => core.info(m), warn: (m: string) => core.warning(m) };
  const { report, config, skipped } = await batchReview({
    cwd: workspace,
    configPath: inputs.config,
    now,
    period: inputs.period,
    workerEntry,
    ...(inputs.token
      ? {
          github: {
            token: inputs.token,
            apiUrl: context.apiUrl,
            serverUrl: context.serverUrl,
            repo: context.repository,
            log,
            sources: ACTION_SOURCES,
          },
        }
      : {}),
  });
  if (skipped.length) core.notice(leftOutNote(skipped));
  core.summary.addRaw(renderReviewMarkdown(report, MAX_SUMMARY_BYTES));
  core.setOutput('period', report.period.label);
  core.setOutput('incidents', report.incidents.total);
  core.info(`Batch review ${report.period.label}: ${report.incidents.total} incidents`);
  if (output === 'summary') return;

  if (context.isForkPullRequest) {
    core.notice(
      forkNotice(
        `no review ${output === 'pr' ? 'pull request' : 'issue'} is opened or updated`,
        'the review is in the job summary',
      ),
    );
    return;
  }
  const repo = parseRepo(context.repository);
  if (!repo) throw new UsageError('GITHUB_REPOSITORY is not set: cannot open the review pull request or issue');
  if (!inputs.token)
    throw new UsageError(
      `review-output '${output}' needs a token with ${output === 'pr' ? 'contents: write and pull-requests: write' : 'issues: write'}`,
    );
  const published = await publishBatchReview(
    { output, token: inputs.token, apiUrl: context.apiUrl, repo, log },
    { report, config },
  );
  core.setOutput('review-url', published.url);
  core.info(published.line);
  if (published.summaryNote) core.summary.addRaw(published.summaryNote);
}
