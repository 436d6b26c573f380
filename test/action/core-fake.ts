// A typed fake of the parts of @actions/core the Action calls, in the manner
// of actions/typescript-action's __fixtures__/core.ts: each function a vi.fn
// with @actions/core's own type (a change there fails typecheck here), and
// what a user would see recorded in `seen`. A test file replaces the module:
//
//   vi.mock('@actions/core', () => import('./core-fake'));
//
// A part of @actions/core the Action starts to call without a fake here fails
// the run with vitest's "No export is defined on the mock", and
// test/action/core-fake.test.ts names it.
import { EOL } from 'node:os';
import type * as Core from '@actions/core';
import { vi } from 'vitest';

/** What the Action gave @actions/core in one run: its log, annotations, outputs, job summary and failure. */
export interface Seen {
  /** Values masked in the log (setSecret). */
  readonly secrets: string[];
  /** Plain log lines (info). */
  readonly info: string[];
  readonly notices: string[];
  readonly warnings: string[];
  readonly errors: string[];
  /** The messages the step failed with (setFailed); none when it passed. */
  readonly failed: string[];
  /** Each output as the Action set it (@actions/core writes numbers as their JSON). */
  readonly outputs: Record<string, unknown>;
  /** The job summary as written (summary.write); text added but never written is not in it. */
  summary: string;
}

function nothingSeen(): Seen {
  return { secrets: [], info: [], notices: [], warnings: [], errors: [], failed: [], outputs: {}, summary: '' };
}

/** What the current test has seen so far. */
export let seen: Seen = nothingSeen();
let inputs: Readonly<Record<string, string>> = {};
let buffer = '';

/** Starts a run: the step's inputs, as GitHub passes them (the `with:` values over action.yml's defaults); nothing seen yet. */
export function resetCore(given: Readonly<Record<string, string>> = {}): void {
  inputs = { ...given };
  seen = nothingSeen();
  buffer = '';
  vi.clearAllMocks();
}

const text = (message: string | Error): string => (message instanceof Error ? message.toString() : message);

/** As @actions/core reads INPUT_<NAME>: missing is '', required and empty throws, and whitespace is trimmed unless told not to. */
export const getInput = vi.fn<typeof Core.getInput>((name, options) => {
  const value = inputs[name] ?? '';
  if (options?.required && !value) throw new Error(`Input required and not supplied: ${name}`);
  return options?.trimWhitespace === false ? value : value.trim();
});
export const setSecret = vi.fn<typeof Core.setSecret>((secret) => void seen.secrets.push(secret));
export const setOutput = vi.fn<typeof Core.setOutput>((name, value) => void (seen.outputs[name] = value));
export const setFailed = vi.fn<typeof Core.setFailed>((message) => void seen.failed.push(text(message)));
export const info = vi.fn<typeof Core.info>((message) => void seen.info.push(message));
export const notice = vi.fn<typeof Core.notice>((message) => void seen.notices.push(text(message)));
export const warning = vi.fn<typeof Core.warning>((message) => void seen.warnings.push(text(message)));
export const error = vi.fn<typeof Core.error>((message) => void seen.errors.push(text(message)));

/** The job summary: text is added to a buffer, and reaches the page only when written (appended, or overwriting). */
export const summary: Pick<typeof Core.summary, 'addRaw' | 'write'> = {
  addRaw: vi.fn<typeof Core.summary.addRaw>((raw, addEOL = false) => {
    buffer += addEOL ? raw + EOL : raw;
    return itself();
  }),
  write: vi.fn<typeof Core.summary.write>(async (options) => {
    seen.summary = options?.overwrite ? buffer : seen.summary + buffer;
    buffer = '';
    return itself();
  }),
};

/** The real methods return the Summary to chain on; the Action does not chain, and this fake is all the Summary it needs. */
const itself = () => summary as typeof Core.summary;
