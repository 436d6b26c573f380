import * as core from '@actions/core';
import { runValidate, type ValidateResult } from '../commands/validate';
import { renderGithub } from '../report/github';
import { renderMarkdown } from '../report/markdown';
import { summaryLine } from '../report/text';
import type { Inputs } from './inputs';

/** validate: one annotation per finding, every finding in the job summary, the counts as outputs. */
export async function actionValidate(inputs: Inputs, workspace: string): Promise<ValidateResult> {
  const result = runValidate({ cwd: workspace, paths: inputs.paths, configPath: inputs.config, now: new Date() });
  process.stdout.write(renderGithub(result.findings));
  core.summary.addRaw(renderMarkdown(result));
  core.setOutput('errors', result.errors);
  core.setOutput('warnings', result.warnings);
  core.setOutput('files', result.files);
  core.info(summaryLine(result));
  return result;
}
