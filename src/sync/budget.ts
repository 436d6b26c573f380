import type { Operation } from './types';

/** Writes allowed per run unless told otherwise: the rest waits for the next run. */
export const DEFAULT_MAX_OPERATIONS = 50;

/** Split a plan into what this run applies and what it leaves for the next. */
export function withinBudget(
  operations: readonly Operation[],
  max: number,
): { now: Operation[]; pending: Operation[] } {
  return { now: operations.slice(0, max), pending: operations.slice(max) };
}
