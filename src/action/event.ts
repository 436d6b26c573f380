import type { Command } from './inputs';

export type ResolvedCommand = Exclude<Command, 'auto'>;

/**
 * What `command: auto` runs for each event. Every event validates for now;
 * sync (push), review (schedule) and declare (issues) join as they land.
 */
const COMMAND_BY_EVENT: Readonly<Record<string, ResolvedCommand>> = {
  pull_request: 'validate',
  push: 'validate',
  merge_group: 'validate',
  workflow_dispatch: 'validate',
};

export function resolveCommand(command: Command, eventName: string | undefined): ResolvedCommand {
  if (command !== 'auto') return command;
  return COMMAND_BY_EVENT[eventName ?? ''] ?? 'validate';
}
