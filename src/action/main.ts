import * as core from '@actions/core';
import { SyncError, syncFailureLine } from '../sync/report';
import { ConfigError, PublishError, UsageError } from '../core/errors';
import { renderGithub } from '../report/github';
import { summaryLine } from '../report/text';
import { readRunContext } from './context';
import { resolveCommands } from './event';
import { PULL_REQUEST_TARGET_WARNING } from './fork';
import { InputError, readInputs, shouldFail } from './inputs';
import { actionDeclare } from './declare';
import { actionReview } from './review';
import { actionSync } from './sync';
import { actionValidate } from './validate';

/**
 * What the Action touches in the outside world besides @actions/core (its
 * inputs, outputs, log and summary), so tests can run it in-process.
 */
export interface ActionIo {
  /** GitHub's environment: GITHUB_EVENT_NAME, GITHUB_EVENT_PATH, GITHUB_WORKSPACE, ... */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The workspace when GITHUB_WORKSPACE is not set. */
  readonly cwd: string;
  readonly now: Date;
  /** The findings' workflow commands (annotations), which the runner reads from stdout. */
  writeOut(text: string): void;
  /** The entry file, which also serves worker threads (src/app/worker.ts); absent in tests that run the Action in-process. */
  readonly workerEntry?: URL;
}

/** The GitHub Action: inputs -> commands -> annotations, summary, outputs. */
export async function run(io: ActionIo): Promise<void> {
  try {
    const token = core.getInput('token');
    if (token) core.setSecret(token);
    const inputs = readInputs((name) => core.getInput(name));
    const context = readRunContext(io.env);
    const workspace = io.env.GITHUB_WORKSPACE || io.cwd;
    if (context.eventName === 'pull_request_target') core.warning(PULL_REQUEST_TARGET_WARNING);
    const commands = resolveCommands(inputs.command, context);
    core.info(`incidents-as-code: running ${commands.join(' + ')} for the ${context.eventName || 'local'} event`);

    const failures: string[] = [];
    for (const command of commands) {
      if (command === 'validate') {
        const result = await actionValidate(
          inputs,
          context,
          workspace,
          io.now,
          (text) => io.writeOut(text),
          io.workerEntry,
        );
        if (shouldFail(inputs.failOn, result)) failures.push(`${summaryLine(result)} (fail-on: ${inputs.failOn})`);
      } else if (command === 'review') {
        await actionReview(inputs, context, workspace, io.now, io.workerEntry);
      } else if (command === 'declare') {
        await actionDeclare(inputs, context, workspace, io.now);
      } else {
        const report = await actionSync(inputs, context, workspace, io.now);
        const failure = report && syncFailureLine(report);
        if (failure) failures.push(failure);
      }
    }
    await core.summary.write();
    if (failures.length) core.setFailed(failures.join('\n'));
  } catch (error) {
    if (error instanceof ConfigError) {
      io.writeOut(renderGithub(error.findings));
      core.setFailed(`Configuration error: ${error.message}`);
    } else if (
      error instanceof InputError ||
      error instanceof UsageError ||
      error instanceof SyncError ||
      error instanceof PublishError
    ) {
      core.setFailed(error.message);
    } else {
      core.setFailed(`incidents-as-code failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
