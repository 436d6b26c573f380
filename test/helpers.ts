import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CliIo } from '../src/cli/io';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURES = path.join(ROOT, 'test', 'fixtures');

/** A fixed "now" so the not-in-the-future rule gives the same answer every day. */
export const NOW = new Date('2026-11-23T12:00:00Z');

export interface CapturedIo extends CliIo {
  readonly out: string[];
  readonly err: string[];
}

export function captureIo(cwd: string, overrides: Partial<CliIo> = {}): CapturedIo {
  const out: string[] = [];
  const err: string[] = [];
  return {
    cwd,
    env: {},
    stdoutIsTty: false,
    now: NOW,
    writeOut: (text) => out.push(text),
    writeErr: (text) => err.push(text),
    ...overrides,
    out,
    err,
  };
}
