import type { Config } from '../core/config';
import { UsageError } from '../core/errors';
import { applyOperations } from '../sync/apply';
import { stateAfter, SyncError, type SyncReport } from '../sync/report';
import { explainFailure, type FailureHints } from '../github/explain-failure';
import { getIssue, listFollowUpIssues } from '../github/api/list-issues';
import { ensureLabels } from '../github/api/labels';
import { ownLogin } from '../github/api/own-login';
import { parseRepo, repoName, type RepoRef } from '../github/api/repo';
import { createClient, type Logger } from '../github/client';
import { withinBudget } from '../sync/budget';
import { desiredFollowUps, managedLabels } from '../sync/desired';
import { planSync } from '../sync/plan';
import { massFilingReason } from '../sync/guard';
import type { ExistingIssue } from '../github/api/issue-shape';
import type { Plan } from '../sync/types';
import { GITHUB_TIMING, type Timing } from '../github/timing';
import { loadConfig } from '../config/load';
import type { SourceDocument } from '../incidents/document';
import { keepDocument, loadIncidents } from '../incidents/load';
import { LEFT_OUT_RULES, validateDocuments } from '../validate/validate-set';

export interface SyncOptions {
  readonly cwd: string;
  readonly configPath?: string | undefined;
  readonly now: Date;
  readonly token: string | undefined;
  /** REST API root: https://api.github.com, or GITHUB_API_URL on Enterprise Server. */
  readonly apiUrl: string;
  /** Web root for links: https://github.com, or GITHUB_SERVER_URL. */
  readonly serverUrl: string;
  /** The repository holding the incident files (GITHUB_REPOSITORY or --repo). */
  readonly repo: string | undefined;
  readonly defaultBranch: string | undefined;
  readonly dryRun: boolean;
  readonly maxOperations: number;
  /** File even when many creates stand beside issues the tool filed and lost track of (see sync/guard.ts). */
  readonly allowMassFiling?: boolean;
  readonly log: Logger;
  readonly timing?: Timing;
  /** What error messages tell the user to check; the CLI's names by default. */
  readonly sources?: SyncSources;
}

/** Where the token and the repository come from, in the words of the entry point. */
export interface SyncSources {
  readonly token: string;
  readonly repo: string;
  /** How a person says "file them anyway" past the mass-filing guard. */
  readonly allowMassFiling: string;
  /** How to ask for a plan only. */
  readonly dryRun: string;
}

const CLI_SOURCES: SyncSources = {
  token: 'GITHUB_TOKEN (or GH_TOKEN)',
  repo: '--repo or GITHUB_REPOSITORY',
  allowMassFiling: '--allow-mass-filing',
  dryRun: '--dry-run',
};

interface Sorted {
  readonly valid: SourceDocument[];
  readonly skippedFiles: string[];
  readonly skippedIds: Set<string>;
  /** A file whose id cannot be read: removed follow-ups cannot be told apart from its follow-ups. */
  readonly unreadable: boolean;
}

async function sortIncidents(cwd: string, config: Config, now: Date): Promise<Sorted> {
  const loaded = await loadIncidents(cwd, config, { whole: true }, { visit: keepDocument });
  const incidents = loaded.targets.flatMap((target) => (target.kind === 'incident' ? [target.result] : []));
  const findings = validateDocuments({
    targets: incidents,
    allIncidents: incidents,
    config,
    now,
    rules: LEFT_OUT_RULES,
  });
  const broken = new Set(findings.filter((f) => f.severity === 'error').map((f) => f.file));
  const unreadableFiles = loaded.findings.filter((f) => f.severity === 'error').map((f) => f.file);
  const valid = incidents.filter((d) => !broken.has(d.file));
  const invalid = incidents.filter((d) => broken.has(d.file));
  return {
    valid,
    skippedFiles: [...invalid.map((d) => d.file), ...unreadableFiles].sort(),
    skippedIds: new Set(invalid.map((d) => d.data.id).filter((id): id is string => typeof id === 'string')),
    unreadable: unreadableFiles.length > 0 || invalid.some((d) => typeof d.data.id !== 'string'),
  };
}

function trackerRepo(config: Config, options: SyncOptions): RepoRef | undefined {
  const text = config.followUps.repo ?? options.repo;
  if (text === undefined || text === '') return undefined;
  const ref = parseRepo(text);
  if (!ref) throw new UsageError(`repository must be owner/name (got '${text}')`);
  return ref;
}

function failureHints(config: Config, options: SyncOptions, tracker: RepoRef): FailureHints {
  const sources = options.sources ?? CLI_SOURCES;
  return {
    token: sources.token,
    repo: config.followUps.repo ? 'follow_ups.repo in the config' : sources.repo,
    repoName: repoName(tracker),
    retries: (options.timing ?? GITHUB_TIMING).retries,
  };
}

async function readLinked(
  client: ReturnType<typeof createClient>,
  repo: RepoRef,
  numbers: number[],
): Promise<Map<number, ExistingIssue>> {
  const linked = new Map<number, ExistingIssue>();
  for (const number of numbers) linked.set(number, await getIssue(client, repo, number));
  return linked;
}

/** Plan the follow-up issues and, unless dry-run or tokenless, apply the plan. */
export async function syncFollowUps(options: SyncOptions): Promise<SyncReport> {
  if (!options.token && !options.dryRun) {
    // A missing secret would otherwise print a plan and pass: the follow-ups would never be filed, and CI stays green.
    const sources = options.sources ?? CLI_SOURCES;
    throw new UsageError(
      `sync needs a token to file follow-up issues, and has none: set ${sources.token}, or ask for the plan alone with ${sources.dryRun}`,
    );
  }
  const { config } = loadConfig(options.cwd, options.configPath);
  const incidents = await sortIncidents(options.cwd, config, options.now);
  const tracker = trackerRepo(config, options);
  const sourceRepo = options.repo ?? (tracker ? repoName(tracker) : 'OWNER/REPO');
  const notices: string[] = [];
  if (incidents.skippedFiles.length)
    notices.push(
      `${incidents.skippedFiles.length} incident file(s) cannot be read or have errors in their frontmatter, and are not synced until fixed: ${incidents.skippedFiles.join(', ')}`,
    );
  if (incidents.unreadable)
    notices.push('Some incident files cannot be read, so no issue is closed for a removed follow-up in this run.');

  const repositoryUrl = `${options.serverUrl.replace(/\/+$/, '')}/${sourceRepo}`;
  const desired = desiredFollowUps(incidents.valid, config, {
    repositoryUrl,
    sourceRepo,
    defaultBranch: options.defaultBranch ?? 'main',
  });
  const planOptions = {
    source: {
      repo: sourceRepo,
      url: repositoryUrl,
      isTracker: !tracker || repoName(tracker).toLowerCase() === sourceRepo.toLowerCase(),
    },
    label: config.followUps.label,
    onRemoved: incidents.unreadable ? ('leave-open' as const) : config.followUps.onRemoved,
    reopen: config.followUps.reopen,
    managedLabels: managedLabels(config),
    skippedIncidents: incidents.skippedIds,
    fileDone: config.followUps.fileDone,
    fileHistorical: config.followUps.fileHistorical,
    ...(config.followUps.fileFrom === undefined ? {} : { fileFrom: config.followUps.fileFrom }),
  };
  const empty = { applied: [], pending: [], notAttempted: [], warnings: [] };

  if (!options.token) {
    notices.push('No GITHUB_TOKEN: nothing is read from or written to GitHub; this is what a first sync would file.');
    const plan = planSync(desired, [], { ...planOptions, ownLogin: '' });
    return {
      mode: 'no-token',
      repo: tracker ? repoName(tracker) : undefined,
      notices,
      skipped: incidents.skippedFiles,
      plan,
      ...empty,
      followUps: plan.followUps,
    };
  }
  if (!tracker)
    throw new UsageError(
      'no repository to sync with: set GITHUB_REPOSITORY, pass --repo owner/name, or set follow_ups.repo in the config',
    );

  const client = createClient({
    token: options.token,
    baseUrl: options.apiUrl,
    log: options.log,
    ...(options.timing ? { timing: options.timing } : {}),
  });
  let plan: Plan;
  let login: string;
  try {
    login = await ownLogin(client);
    const existing = await listFollowUpIssues(client, tracker, login, config.followUps.label);
    const linked = await readLinked(
      client,
      tracker,
      desired.flatMap((d) => (d.linkedIssue === undefined ? [] : [d.linkedIssue])),
    );
    plan = planSync(desired, existing, { ...planOptions, ownLogin: login, linkedIssues: linked });
  } catch (error) {
    throw new SyncError(
      `cannot read the issues of ${repoName(tracker)}: ${explainFailure(error, failureHints(config, options, tracker))}`,
      { cause: error },
    );
  }
  for (const ignored of plan.ignored)
    notices.push(
      `Issue #${ignored.issue} carries the marker of ${ignored.key} but was written by @${ignored.author}, not by this tool's token; it is ignored.`,
    );
  const { now, pending } = withinBudget(plan.operations, options.maxOperations);
  const massFiling = massFilingReason(plan, (options.sources ?? CLI_SOURCES).allowMassFiling);
  if (massFiling && !options.allowMassFiling && !options.dryRun) throw new SyncError(massFiling);
  if (massFiling && !options.allowMassFiling) notices.push(massFiling);
  if (options.dryRun)
    return {
      mode: 'dry-run',
      repo: repoName(tracker),
      notices,
      skipped: incidents.skippedFiles,
      plan,
      ...empty,
      pending,
      followUps: plan.followUps,
    };

  const context = {
    client,
    repo: tracker,
    ownLogin: login,
    log: options.log,
    timing: options.timing ?? GITHUB_TIMING,
  };
  const labels = new Set(
    now.flatMap((op) => (op.kind === 'create' ? op.labels : op.kind === 'update' ? (op.changes.labels ?? []) : [])),
  );
  try {
    if (labels.size) await ensureLabels(client, tracker, labels);
  } catch (error) {
    throw new SyncError(
      `cannot create labels in ${repoName(tracker)}: ${explainFailure(error, failureHints(config, options, tracker))}`,
      { cause: error },
    );
  }
  const result = await applyOperations(context, now);
  const warnings = [...result.warnings];
  let applied = [...result.applied];

  // Two runs at once may both have filed a follow-up: list again and close the younger copies.
  if (!result.failed && applied.some((a) => a.operation.kind === 'create')) {
    const again = planSync(desired, await listFollowUpIssues(client, tracker, login, config.followUps.label), {
      ...planOptions,
      ownLogin: login,
    });
    const duplicates = again.operations.filter((op) => op.kind === 'close' && op.why === 'duplicate');
    const dedupe = await applyOperations(context, duplicates);
    applied = [...applied, ...dedupe.applied];
    warnings.push(...dedupe.warnings);
    if (dedupe.failed)
      warnings.push(
        `could not close duplicate #${(dedupe.failed.operation as { issue: number }).issue}: ${dedupe.failed.message}`,
      );
  }
  return {
    mode: 'applied',
    repo: repoName(tracker),
    notices,
    skipped: incidents.skippedFiles,
    plan,
    applied,
    pending,
    ...(result.failed
      ? {
          failed: {
            operation: result.failed.operation,
            message: explainFailure(result.failed.error, failureHints(config, options, tracker)),
          },
        }
      : {}),
    notAttempted: result.notAttempted,
    warnings,
    followUps: stateAfter(plan, applied),
  };
}
