import * as core from '@actions/core';
import { runValidate } from '../commands/validate';
import { ConfigError, UsageError } from '../errors';
import { renderGithub } from '../report/github';
import { renderMarkdown } from '../report/markdown';
import { summaryLine } from '../report/text';
import { resolveCommand } from './event';
import { InputError, readInputs, shouldFail } from './inputs';

/** The GitHub Action: inputs -> command -> annotations, summary, outputs. */
export async function run(): Promise<void> {
  try {
    const token = core.getInput('token');
    if (token) core.setSecret(token);
    const inputs = readInputs((name) => core.getInput(name));
    const command = resolveCommand(inputs.command, process.env.GITHUB_EVENT_NAME);
    core.info(`incidents-as-code: running '${command}' for the ${process.env.GITHUB_EVENT_NAME ?? 'local'} event`);

    const result = runValidate({ cwd: process.env.GITHUB_WORKSPACE || process.cwd(), paths: inputs.paths, configPath: inputs.config, now: new Date() });
    process.stdout.write(renderGithub(result.findings));
    await core.summary.addRaw(renderMarkdown(result)).write();
    core.setOutput('errors', result.errors);
    core.setOutput('warnings', result.warnings);
    core.setOutput('files', result.files);
    core.info(summaryLine(result));
    if (shouldFail(inputs.failOn, result)) {
      core.setFailed(`${summaryLine(result)} (fail-on: ${inputs.failOn})`);
    }
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stdout.write(renderGithub(error.findings));
      core.setFailed(`Configuration error: ${error.message}`);
    } else if (error instanceof InputError || error instanceof UsageError) {
      core.setFailed(error.message);
    } else {
      core.setFailed(`incidents-as-code failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
