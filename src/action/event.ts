import type { RunContext } from './context';
import type { Command } from './inputs';

export type ResolvedCommand = Exclude<Command, 'auto'>;

/**
 * What `command: auto` runs: pull requests are validated; a push to the
 * default branch is validated and then synced (the files there are the
 * record); a schedule or a manual run makes the batch review; an issue
 * opened, labelled or edited may declare an incident; other events validate.
 */
export function resolveCommands(command: Command, context: RunContext): ResolvedCommand[] {
  if (command !== 'auto') return [command];
  if (context.isDefaultBranchPush) return ['validate', 'sync'];
  if (context.eventName === 'schedule' || context.eventName === 'workflow_dispatch') return ['review'];
  if (
    context.eventName === 'issues' &&
    (context.action === 'opened' || context.action === 'labeled' || context.action === 'edited')
  )
    return ['declare'];
  return ['validate'];
}
