import * as core from '@actions/core';
import { runReview } from '../commands/review';
import { parseRepo } from '../github/api/repo';
import { createClient } from '../github/client';
import { publishReviewIssue } from '../github/publish-review-issue';
import { publishReviewPullRequest } from '../github/publish-review';
import { MAX_ISSUE_BODY_CHARS } from '../github/follow-ups/managed-body';
import { MAX_SUMMARY_BYTES } from '../report/markdown';
import { renderReviewMarkdown } from '../report/review-markdown';
import { renderReviewRecord } from '../report/review-record';
import { UsageError } from '../errors';
import type { RunContext } from './context';
import type { Inputs, ReviewOutput } from './inputs';

function pullRequestBody(headline: string, themes: readonly string[], path: string): string {
  return [
    headline, '',
    `This pull request adds the draft batch review record \`${path}\`. Read it before the review meeting, then add the meeting's notes, attendees and decisions to the file on this branch and merge it.`, '',
    '**Themes for discussion**', '',
    ...themes.map((t, i) => `${i + 1}. ${t.replace(/@/g, '@\u200b')}`), '',
    '<sub>Opened by incidents-as-code. Re-runs update this pull request; text outside the generated part of the file is kept.</sub>',
  ].join('\n');
}

/** review: the batch review in the job summary, and optionally as a pull request or an issue. */
export async function actionReview(inputs: Inputs, context: RunContext, workspace: string): Promise<void> {
  const output: ReviewOutput = inputs.reviewOutput ?? (context.eventName === 'schedule' ? 'pr' : 'summary');
  const log = { info: (m: string) => core.info(m), warn: (m: string) => core.warning(m) };
  const { report, config, skipped } = await runReview({
    cwd: workspace, configPath: inputs.config, now: new Date(), period: inputs.period,
    ...(inputs.token ? { github: { token: inputs.token, apiUrl: context.apiUrl, serverUrl: context.serverUrl, repo: context.repository, log } } : {}),
  });
  if (skipped.length) core.notice(`${skipped.length} incident file(s) with errors are left out of the review: ${skipped.join(', ')}`);
  core.summary.addRaw(renderReviewMarkdown(report, MAX_SUMMARY_BYTES));
  core.setOutput('period', report.period.label);
  core.setOutput('incidents', report.incidents.total);
  core.info(`Batch review ${report.period.label}: ${report.incidents.total} incidents`);
  if (output === 'summary') return;

  if (context.isForkPullRequest) {
    core.notice('This pull request comes from a fork: the review is only in the job summary.');
    return;
  }
  const repo = parseRepo(context.repository);
  if (!repo) throw new UsageError('GITHUB_REPOSITORY is not set: cannot open the review pull request or issue');
  if (!inputs.token) throw new UsageError(`review-output '${output}' needs a token with ${output === 'pr' ? 'contents: write and pull-requests: write' : 'issues: write'}`);
  const client = createClient({ token: inputs.token, baseUrl: context.apiUrl, log });
  const title = `Batch review ${report.period.label}`;
  if (output === 'pr') {
    const path = `${config.reviewsDir}/${report.period.label}.md`;
    const published = await publishReviewPullRequest(client, repo, {
      period: report.period.label, path, title,
      render: (existing) => renderReviewRecord(report, existing),
      body: pullRequestBody(`Batch review of ${report.incidents.total} incident(s) from ${report.period.from} to ${report.period.to}.`, report.themes, path),
    });
    core.setOutput('review-url', published.url);
    core.info(`Pull request #${published.number} ${published.pull} (${published.file === 'unchanged' ? 'record unchanged' : `record ${published.file}`}): ${published.url}`);
    core.summary.addRaw(`\n> The draft record is in pull request [#${published.number}](${published.url}) (${published.pull}).\n`);
  } else {
    const published = await publishReviewIssue(client, repo, { period: report.period.label, title, body: renderReviewMarkdown(report, MAX_ISSUE_BODY_CHARS - 200) });
    core.setOutput('review-url', published.url);
    core.info(`Issue #${published.number} ${published.issue}: ${published.url}`);
  }
}
