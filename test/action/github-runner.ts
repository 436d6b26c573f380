// What the GitHub runner hands the Action besides the code: its inputs
// (action.yml's defaults under the step's `with:`) and its environment (the
// event's name and payload file, the repository, the ref).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../helpers';
import type { WebhookPayload } from '../webhook-examples';

/**
 * What GitHub passes when a workflow sets nothing: the defaults in
 * action.yml. The token's default is an expression, `${{ github.token }}`,
 * which only GitHub evaluates: here it is empty.
 */
export const ACTION_DEFAULTS: Readonly<Record<string, string>> = Object.freeze(
  Object.fromEntries(
    Object.entries(
      (parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default: string }> })
        .inputs,
    ).map(([name, input]) => [name, input.default.startsWith('${{') ? '' : input.default]),
  ),
);

/** The repository of the webhook examples' payloads. */
export const REPO = 'Codertocat/Hello-World';

/** GitHub's environment for an event, as the runner sets it: the payload in the file GITHUB_EVENT_PATH names. */
export function githubEnv(
  event: string,
  payload: WebhookPayload,
  env: Readonly<Record<string, string>> = {},
): Record<string, string> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'iac-event-')), 'event.json');
  writeFileSync(file, JSON.stringify(payload));
  return {
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: file,
    GITHUB_REPOSITORY: REPO,
    ...(typeof payload.ref === 'string' ? { GITHUB_REF: payload.ref } : {}),
    ...env,
  };
}
