// The Action's run() in this process, with @actions/core replaced by
// ./core-fake: what test/action-runner.ts does by spawning dist/index.js,
// in milliseconds. A test file using it mocks the module first:
//
//   vi.mock('@actions/core', () => import('./core-fake'));
//
// No token is given unless a test gives one, so nothing reaches GitHub: what
// needs GitHub's answers is tested end to end against the test server.
import { run } from '../../src/action/main';
import { NOW } from '../helpers';
import { webhookExample, type WebhookPayload } from '../webhook-examples';
import { resetCore, seen, type Seen } from './core-fake';
import { ACTION_DEFAULTS, githubEnv } from './github-runner';

export interface InProcessRun extends Seen {
  /** What the Action wrote to stdout itself: the findings' workflow commands. */
  readonly stdout: string;
}

export interface InProcessOptions {
  /** The event name; pull_request by default, with a real `pull_request opened` payload. */
  readonly event?: string;
  readonly payload?: WebhookPayload;
  /** More of GitHub's environment, over what githubEnv sets. */
  readonly env?: Readonly<Record<string, string>>;
}

/** Runs the Action on `workspace` with `inputs` over action.yml's defaults, and returns what it gave @actions/core and stdout. */
export async function runInProcess(
  workspace: string,
  inputs: Readonly<Record<string, string>> = {},
  options: InProcessOptions = {},
): Promise<InProcessRun> {
  const payload = options.payload ?? webhookExample('pull_request', (e) => e.action === 'opened');
  const env = { ...githubEnv(options.event ?? 'pull_request', payload, options.env), GITHUB_WORKSPACE: workspace };
  resetCore({ ...ACTION_DEFAULTS, ...inputs });
  let stdout = '';
  await run({ env, cwd: workspace, now: NOW, writeOut: (text) => (stdout += text) });
  return { ...seen, stdout };
}
