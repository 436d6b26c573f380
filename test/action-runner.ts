import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from './helpers';
import { webhookExample, type WebhookPayload } from './webhook-examples';

export interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

export interface RunOptions {
  event?: string;
  payload?: WebhookPayload;
  env?: Record<string, string>;
}

/** Runs dist/index.js the way the GitHub runner does: INPUT_*, GITHUB_* and the command files. */
export async function runAction(
  workspace: string,
  inputs: Record<string, string>,
  options: RunOptions = {},
): Promise<ActionRun> {
  const tmp = mkdtempSync(path.join(tmpdir(), 'iac-action-'));
  const files = {
    event: path.join(tmp, 'event.json'),
    output: path.join(tmp, 'output'),
    summary: path.join(tmp, 'summary.md'),
  };
  const event = options.event ?? 'pull_request';
  const payload = options.payload ?? webhookExample('pull_request', (e) => e.action === 'opened');
  writeFileSync(files.event, JSON.stringify(payload));
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_REPOSITORY: 'Codertocat/Hello-World',
    RUNNER_TEMP: tmp,
    ...(typeof payload.ref === 'string' ? { GITHUB_REF: payload.ref } : {}),
    ...options.env,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  // Asynchronous spawn: the test's own GitHub server must keep answering while the Action runs.
  const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'index.js')], { cwd: workspace, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const outputs: Record<string, string> = {};
  for (const match of readFileSync(files.output, 'utf8').matchAll(/^(\S+)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm)) {
    outputs[match[1]!] = match[3]!;
  }
  return { status, stdout, stderr, outputs, summary: readFileSync(files.summary, 'utf8') };
}

export const annotations = (stdout: string) =>
  stdout.split('\n').filter((line) => /^::(error|warning|notice)[ :]/.test(line));

/** What GitHub passes when a workflow sets nothing: the defaults in action.yml (plus a token). */
export const DEFAULT_INPUTS = Object.freeze({
  command: 'auto',
  paths: '',
  config: '',
  'fail-on': 'error',
  token: 'ghs_secret123',
  'max-operations': '50',
  'dry-run': 'false',
});
