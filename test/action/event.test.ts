import { describe, expect, it } from 'vitest';
import { readRunContext } from '../../src/action/context';
import { resolveCommands } from '../../src/action/event';
import { COMMANDS } from '../../src/action/inputs';
import { webhookExample, type WebhookPayload } from '../webhook-examples';
import { githubEnv } from './github-runner';

/** What `command: auto` runs for an event with this payload, as GitHub sends it. */
const auto = (event: string, payload: WebhookPayload, env: Record<string, string> = {}) =>
  resolveCommands('auto', readRunContext(githubEnv(event, payload, env)));

const issues = (action: string) => webhookExample('issues', (e) => e.action === action);
const pullRequest = webhookExample('pull_request', (e) => e.action === 'opened');

describe('command: auto', () => {
  it('validates, then syncs, on a push to the default branch: the files there are the record', () => {
    expect(
      auto(
        'push',
        webhookExample('push', (e) => e.ref === 'refs/heads/master'),
      ),
    ).toEqual(['validate', 'sync']);
  });

  it('only validates a push to another branch, or of a tag', () => {
    expect(
      auto(
        'push',
        webhookExample('push', (e) => e.ref === 'refs/heads/master'),
        { GITHUB_REF: 'refs/heads/feature' },
      ),
    ).toEqual(['validate']);
    expect(
      auto(
        'push',
        webhookExample('push', (e) => e.ref === 'refs/tags/simple-tag'),
      ),
    ).toEqual(['validate']);
  });

  it('makes the batch review on a schedule and on a manual run', () => {
    expect(auto('schedule', { schedule: '0 6 * * 1' })).toEqual(['review']);
    expect(auto('workflow_dispatch', webhookExample('workflow_dispatch'))).toEqual(['review']);
  });

  it.each(['opened', 'labeled', 'edited'])('declares an incident from an issue %s', (action) => {
    expect(auto('issues', issues(action))).toEqual(['declare']);
  });

  it.each(['reopened', 'assigned', 'unlabeled'])('only validates on an issue %s', (action) => {
    expect(auto('issues', issues(action))).toEqual(['validate']);
  });

  it('validates a pull request, on pull_request and pull_request_target alike', () => {
    expect(auto('pull_request', pullRequest)).toEqual(['validate']);
    expect(auto('pull_request_target', pullRequest)).toEqual(['validate']);
  });

  it('validates on every other event', () => {
    expect(auto('merge_group', webhookExample('merge_group'))).toEqual(['validate']);
    expect(auto('issue_comment', webhookExample('issue_comment'))).toEqual(['validate']);
    expect(auto('', {})).toEqual(['validate']);
  });
});

describe('a command named in the workflow', () => {
  it.each(COMMANDS.filter((command) => command !== 'auto'))('runs %s alone, whatever the event', (command) => {
    const context = readRunContext(
      githubEnv(
        'push',
        webhookExample('push', (e) => e.ref === 'refs/heads/master'),
      ),
    );
    expect(resolveCommands(command, context)).toEqual([command]);
    expect(resolveCommands(command, readRunContext(githubEnv('pull_request', pullRequest)))).toEqual([command]);
  });
});
