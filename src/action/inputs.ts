import { DEFAULT_MAX_OPERATIONS } from '../sync/budget';
import type { Finding } from '../core/finding';

export const COMMANDS = ['auto', 'validate', 'sync', 'review', 'declare'] as const;

export const REVIEW_OUTPUTS = ['summary', 'pr', 'issue'] as const;
export type ReviewOutput = (typeof REVIEW_OUTPUTS)[number];
export type Command = (typeof COMMANDS)[number];

export const FAIL_ON = ['error', 'warning', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

/** The Action's inputs, read once, checked, frozen. Mirrors action.yml. */
export interface Inputs {
  readonly command: Command;
  readonly paths: readonly string[];
  readonly config: string | undefined;
  readonly failOn: FailOn;
  readonly token: string;
  readonly maxOperations: number;
  /** Past the mass-filing guard (sync/guard.ts): a person has checked and wants the issues filed. */
  readonly allowMassFiling: boolean;
  readonly dryRun: boolean;
  /** Empty: the last full quarter. */
  readonly period: string | undefined;
  /** Undefined: the default for the event (pr on a schedule, summary otherwise). */
  readonly reviewOutput: ReviewOutput | undefined;
}

export class InputError extends Error {
  override readonly name = 'InputError';
}

function bool(name: string, value: string): boolean {
  const v = value.trim().toLowerCase();
  if (v === '' || v === 'false') return false;
  if (v === 'true') return true;
  throw new InputError(`Invalid value for '${name}': must be true or false (got '${value}')`);
}

function count(name: string, value: string, fallback: number): number {
  const v = value.trim();
  if (v === '') return fallback;
  if (!/^\d+$/.test(v))
    throw new InputError(`Invalid value for '${name}': must be a non-negative whole number (got '${value}')`);
  return Number(v);
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new InputError(`Invalid value for '${name}': must be one of ${allowed.join(', ')} (got '${value}')`);
}

/** `getInput` is @actions/core's, passed in so this stays a pure function. */
export function readInputs(getInput: (name: string) => string): Inputs {
  const paths = getInput('paths')
    .split(/\r?\n|,/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const config = getInput('config').trim();
  return Object.freeze({
    command: oneOf('command', getInput('command').trim() || 'auto', COMMANDS),
    paths: Object.freeze(paths),
    config: config === '' ? undefined : config,
    failOn: oneOf('fail-on', getInput('fail-on').trim() || 'error', FAIL_ON),
    token: getInput('token').trim(),
    maxOperations: count('max-operations', getInput('max-operations'), DEFAULT_MAX_OPERATIONS),
    dryRun: bool('dry-run', getInput('dry-run')),
    allowMassFiling: bool('allow-mass-filing', getInput('allow-mass-filing')),
    period: getInput('period').trim() || undefined,
    reviewOutput:
      getInput('review-output').trim() === ''
        ? undefined
        : oneOf('review-output', getInput('review-output').trim(), REVIEW_OUTPUTS),
  });
}

/** Whether findings fail the step, by the fail-on input. */
export function shouldFail(failOn: FailOn, findings: { errors: number; warnings: number }): boolean {
  if (failOn === 'never') return false;
  if (failOn === 'warning') return findings.errors + findings.warnings > 0;
  return findings.errors > 0;
}

export type { Finding };
