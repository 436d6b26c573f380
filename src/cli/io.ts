import type { Timing } from '../github/timing';

/** Everything the CLI touches in the outside world, so tests can run it in-process. */
export interface CliIo {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdoutIsTty: boolean;
  /** Progress bars go to standard error, only when it is a terminal. */
  readonly stderrIsTty?: boolean;
  readonly now: Date;
  writeOut(text: string): void;
  writeErr(text: string): void;
  /** Request pacing towards GitHub; GitHub's own recommendation when absent. */
  readonly githubTiming?: Timing;
  /** Standard input, read no further than `limit` bytes (`incidents validate -`); absent where there is none. */
  readonly readStdin?: (limit: number) => Promise<{ bytes: Uint8Array } | { tooLarge: number }>;
  /** The entry file, which also serves worker threads (src/review/worker.ts); absent in tests that run the CLI in-process. */
  readonly workerEntry?: URL;
}

/** Colour only on a terminal, unless NO_COLOR or FORCE_COLOR say otherwise. */
export function useColor(io: CliIo, flag: boolean | undefined): boolean {
  if (flag === false) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return io.stdoutIsTty;
}
