import type { Config } from '../core/config';
import { PublishError, UsageError } from '../core/errors';
import { explainPublishFailure } from '../github/explain-failure';
import type { RepoRef } from '../github/api/repo';
import { createClient, type Logger } from '../github/client';
import { publishReviewIssue } from '../github/publish/review-issue';
import { publishReviewPullRequest } from '../github/publish/review-pull-request';
import { MAX_ISSUE_BODY_CHARS } from '../core/github-limits';
import { renderReviewMarkdown } from '../review/render/markdown';
import { reviewPullRequestBody } from '../review/render/pull-body';
import { noThemesLine } from '../review/render/sections';
import { renderReviewRecord } from '../review/render/record';
import type { Timing } from '../github/timing';
import { loadConfig } from '../config/load';
import {
  recurringFollowUps,
  recurringRequest,
  recurringTask,
  reviewWithoutRecurring,
  withRecurring,
  type ReviewInput,
} from '../review/build';
import { answerOnSecondThread } from '../incidents/threads';
import { PARALLEL_MIN_FILES } from '../incidents/load';
import type { IncidentFacts } from '../review/facts';
import type { IssueState } from '../review/metrics/follow-up-health';
import {
  contains,
  lastDays,
  lastFullQuarter,
  parsePeriod,
  periodBetween,
  quarterOf,
  type Period,
} from '../review/period';
import type { ReviewReport } from '../review/report';
import { collectReviewFacts } from '../review/read-facts';
import { syncFollowUps, type SyncSources } from './sync-follow-ups';

export interface PeriodChoice {
  readonly period?: string | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly last?: string | undefined;
}

export interface ReviewOptions extends PeriodChoice {
  readonly cwd: string;
  readonly configPath?: string | undefined;
  readonly now: Date;
  /** With a token, follow-up states come from their issues (read only, through sync's module). */
  readonly github?: {
    readonly token: string;
    readonly apiUrl: string;
    readonly serverUrl: string;
    readonly repo: string | undefined;
    readonly log: Logger;
    readonly timing?: Timing;
    readonly sources?: SyncSources;
  };
  /** The program's entry file, to read a large repository on a second thread (see review-worker.ts). */
  readonly workerEntry?: URL;
}

export interface ReviewResult {
  readonly report: ReviewReport;
  readonly config: Config;
  readonly period: Period;
  /** Incident files left out because they have errors. */
  readonly skipped: readonly string[];
}

export interface ChosenPeriod {
  readonly period: Period;
  /** Said at the top of the review: why this period, or where the incidents are when it has none. */
  readonly note?: string;
}

/** The quarter of the latest incident that has started by `now`. */
function latestQuarterWithIncidents(incidents: readonly IncidentFacts[], now: Date): Period | undefined {
  let latest: number | undefined;
  for (const i of incidents)
    if (i.started <= now.getTime() && (latest === undefined || i.started > latest)) latest = i.started;
  return latest === undefined ? undefined : quarterOf(latest);
}

/**
 * --period, --from/--to, --last; by default the last full quarter, or, when
 * it has no incidents, the latest quarter that has some (the current one
 * included, marked partial), and the review says so. An empty period always
 * names where the incidents are.
 */
export function choosePeriod(choice: PeriodChoice, now: Date, incidents: readonly IncidentFacts[]): ChosenPeriod {
  const given = [
    choice.period !== undefined,
    choice.from !== undefined || choice.to !== undefined,
    choice.last !== undefined,
  ].filter(Boolean).length;
  if (given > 1) throw new UsageError('choose one of --period, --from/--to and --last');
  const latest = latestQuarterWithIncidents(incidents, now);
  const has = (period: Period) => incidents.some((i) => contains(period, i.started));
  const elsewhere = (period: Period): ChosenPeriod =>
    has(period) || !latest
      ? { period }
      : {
          period,
          note: `No incidents in ${period.label}. The latest quarter with incidents is ${latest.label}: \`incidents review --period ${latest.label}\`.`,
        };
  if (choice.period !== undefined) return elsewhere(parsePeriod(choice.period));
  if (choice.from !== undefined || choice.to !== undefined) {
    if (choice.from === undefined || choice.to === undefined) throw new UsageError('--from and --to go together');
    return elsewhere(periodBetween(choice.from, choice.to));
  }
  if (choice.last !== undefined) return elsewhere(lastDays(choice.last, now));
  const quarter = lastFullQuarter(now);
  if (has(quarter)) return { period: quarter };
  if (!latest)
    return {
      period: quarter,
      note: `No incidents are recorded yet, so there is nothing to review. Record one with \`incidents new\`; this review then covers the latest quarter with incidents.`,
    };
  const current = latest.to > now.getTime();
  return {
    period: latest,
    note: `${quarter.label}, the last full quarter, has no incidents: this review covers ${latest.label}, the latest quarter with incidents${current ? ', which is not over yet' : ''}.`,
  };
}

async function issueStates(options: ReviewOptions): Promise<Map<string, IssueState> | undefined> {
  const github = options.github;
  if (!github?.token) return undefined;
  try {
    const report = await syncFollowUps({
      cwd: options.cwd,
      configPath: options.configPath,
      now: options.now,
      token: github.token,
      apiUrl: github.apiUrl,
      serverUrl: github.serverUrl,
      repo: github.repo,
      defaultBranch: undefined,
      dryRun: true,
      maxOperations: 0,
      log: github.log,
      ...(github.timing ? { timing: github.timing } : {}),
      ...(github.sources ? { sources: github.sources } : {}),
    });
    return new Map(
      report.followUps.map((f) => [
        f.key,
        { key: f.key, state: f.state, stateReason: f.stateReason, closedAt: f.closedAt },
      ]),
    );
  } catch (error) {
    // The review is still worth having: fall back to the states the files record, and say so.
    github.log.warn(
      `follow-up states could not be read from GitHub (${error instanceof Error ? error.message : String(error)}); using the incident files`,
    );
    return undefined;
  }
}

/** The `review` command's work: valid incidents -> the batch review for a period. */
export async function batchReview(options: ReviewOptions): Promise<ReviewResult> {
  const { config } = loadConfig(options.cwd, options.configPath);
  const { incidents, skipped } = await collectReviewFacts({
    cwd: options.cwd,
    configPath: options.configPath,
    config,
    now: options.now,
    workerEntry: options.workerEntry,
  });
  const { period, note } = choosePeriod(options, options.now, incidents);
  const states = await issueStates(options);
  const input: ReviewInput = {
    incidents,
    config,
    period,
    now: options.now,
    ...(note ? { note } : {}),
    ...(states ? { issueStates: states } : {}),
  };
  const request = recurringRequest(input);
  const here = () => recurringFollowUps(request);
  // Grouping the remediations costs as much as the rest of the review: on a large history the second thread groups
  // them meanwhile.
  const recurring =
    options.workerEntry && incidents.length >= PARALLEL_MIN_FILES
      ? answerOnSecondThread(options.workerEntry, recurringTask(request), here)
      : undefined;
  const parts = reviewWithoutRecurring(input);
  const report = withRecurring(parts, recurring ? await recurring : here());
  return { report, config, period, skipped };
}

export interface ReviewPublication {
  readonly output: 'pr' | 'issue';
  readonly token: string;
  readonly apiUrl: string;
  readonly repo: RepoRef;
  readonly log: Logger;
}

export interface PublishedReview {
  readonly url: string;
  /** One line on what happened, for the log. */
  readonly line: string;
  /** A note for the job summary, when there is one. */
  readonly summaryNote?: string;
}

/** The batch review as one pull request per period (the draft record) or one issue per period, created or updated in place. */
export async function publishBatchReview(
  target: ReviewPublication,
  review: Pick<ReviewResult, 'report' | 'config'>,
): Promise<PublishedReview> {
  try {
    return await publishOnce(target, review);
  } catch (error) {
    const pr = target.output === 'pr';
    throw new PublishError(
      explainPublishFailure(
        error,
        pr ? 'open or update the review pull request' : 'open or update the review issue',
        pr ? 'contents: write and pull-requests: write' : 'issues: write',
      ),
      { cause: error },
    );
  }
}

async function publishOnce(
  target: ReviewPublication,
  { report, config }: Pick<ReviewResult, 'report' | 'config'>,
): Promise<PublishedReview> {
  const client = createClient({ token: target.token, baseUrl: target.apiUrl, log: target.log });
  const title = `Batch review ${report.period.label}`;
  if (target.output === 'pr') {
    const path = `${config.reviewsDir}/${report.period.label}.md`;
    const published = await publishReviewPullRequest(client, target.repo, {
      period: report.period.label,
      path,
      title,
      render: (existing) => renderReviewRecord(report, existing, { file: path, warn: (m) => target.log.warn(m) }),
      body: reviewPullRequestBody(
        `Batch review of ${report.incidents.total} incident(s) from ${report.period.from} to ${report.period.to}.`,
        report.themes,
        path,
        noThemesLine(report),
      ),
    });
    return {
      url: published.url,
      line: `Pull request #${published.number} ${published.pull} (${published.file === 'unchanged' ? 'record unchanged' : `record ${published.file}`}): ${published.url}`,
      summaryNote: `\n> The draft record is in pull request [#${published.number}](${published.url}) (${published.pull}).\n`,
    };
  }
  const published = await publishReviewIssue(client, target.repo, {
    period: report.period.label,
    title,
    body: renderReviewMarkdown(report, MAX_ISSUE_BODY_CHARS - 200),
  });
  return { url: published.url, line: `Issue #${published.number} ${published.issue}: ${published.url}` };
}
