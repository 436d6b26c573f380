import * as core from '@actions/core';
import { syncFollowUps } from '../app/sync-follow-ups';
import { type SyncReport } from '../sync/report';
import { renderSyncMarkdown } from '../sync/render/markdown';
import { headline, syncCounts } from '../sync/render/summary';
import type { RunContext } from './context';
import { ACTION_SOURCES } from './sources';
import { forkNotice } from './fork';
import type { Inputs } from './inputs';

function setSyncOutputs(counts: { created: number; updated: number; closed: number; pending: number }): void {
  core.setOutput('created', counts.created);
  core.setOutput('updated', counts.updated);
  core.setOutput('closed', counts.closed);
  core.setOutput('pending', counts.pending);
}

/** sync: plan and apply follow-up issues; never on a pull request from a fork. */
export async function actionSync(
  inputs: Inputs,
  context: RunContext,
  workspace: string,
  now: Date,
): Promise<SyncReport | undefined> {
  if (context.isForkPullRequest) {
    const message = forkNotice(
      'sync files and changes no issue',
      'follow-ups are filed once the change is merged to the default branch',
    );
    core.notice(message);
    core.summary.addRaw(`## Follow-up issues\n\n${message}\n\n`);
    setSyncOutputs({ created: 0, updated: 0, closed: 0, pending: 0 });
    return undefined;
  }
  const report = await syncFollowUps({
    cwd: workspace,
    configPath: inputs.config,
    now,
    token: inputs.token || undefined,
    apiUrl: context.apiUrl,
    serverUrl: context.serverUrl,
    repo: context.repository,
    defaultBranch: context.defaultBranch,
    dryRun: inputs.dryRun,
    maxOperations: inputs.maxOperations,
    allowMassFiling: inputs.allowMassFiling,
    log: { info: (m) => core.info(m), warn: (m) => core.warning(m) },
    sources: ACTION_SOURCES,
  });
  for (const notice of report.notices) core.notice(notice);
  for (const warning of report.warnings) core.warning(warning);
  core.summary.addRaw(renderSyncMarkdown(report));
  setSyncOutputs(syncCounts(report));
  core.info(headline(report));
  return report;
}
