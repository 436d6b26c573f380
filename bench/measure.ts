import { spawnSync } from 'node:child_process';

export interface Measurement {
  readonly seconds: number;
  readonly peakMiB: number;
  /** What the command printed, stdout then stderr (less /usr/bin/time's line), for checking that it did the work. */
  readonly output: string;
  readonly status: number;
}

export interface MeasureOptions {
  /** Exit statuses that count as success; default [0]. */
  readonly okStatus?: readonly number[];
  /** Throws when the output shows the command did not do the work it was timed for. */
  readonly check?: (output: string) => void;
  /**
   * A run that fails (out of memory, say) is a result to record, not the end
   * of the benchmark: its time, memory and status are returned, unchecked.
   */
  readonly recordFailure?: boolean;
}

/** Runs a command under /usr/bin/time: wall time and peak resident memory, as the OS counts them. */
export function measure(
  command: string,
  args: readonly string[],
  cwd: string,
  options: MeasureOptions = {},
): Measurement {
  const run = spawnSync('/usr/bin/time', ['-f', '%e %M', command, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const ok = (options.okStatus ?? [0]).includes(run.status ?? -1);
  if (!ok && !options.recordFailure)
    throw new Error(`${command} ${args.join(' ')} failed (${run.status}): ${run.stderr.slice(-2000)}`);
  const stderr = run.stderr.trimEnd().split('\n');
  const [seconds, kib] = stderr.pop()!.split(' ').map(Number);
  const output = `${run.stdout}${stderr.join('\n')}`;
  if (ok) options.check?.(output);
  return { seconds: seconds!, peakMiB: kib! / 1024, output, status: run.status ?? -1 };
}

const middle = <T>(sorted: readonly T[]): T => sorted[Math.floor(sorted.length / 2)]!;

/** The run with the median time of `runs`. */
export function median(runs: number, once: () => Measurement): Measurement {
  return middle(Array.from({ length: runs }, once).sort((a, b) => a.seconds - b.seconds));
}

/** Two commands measured side by side: each one's median run, and the median of their ratios run for run. */
export interface Paired {
  readonly base: Measurement;
  readonly ours: Measurement;
  /** Median over the rounds of ours / base: a machine that slows down mid-run slows both of a round alike. */
  readonly ratio: number;
}

/**
 * `runs` rounds of `base` and `ours` back to back (the order alternating,
 * so neither always runs on a warmer cache): the ratio of each round, and
 * its median.
 */
export function paired(runs: number, base: () => Measurement, ours: () => Measurement): Paired {
  const rounds = Array.from({ length: runs }, (_, i) => {
    if (i % 2 === 0) {
      const b = base();
      return { b, o: ours() };
    }
    const o = ours();
    return { b: base(), o };
  });
  const bySeconds = (a: Measurement, b: Measurement) => a.seconds - b.seconds;
  return {
    base: middle(rounds.map((r) => r.b).sort(bySeconds)),
    ours: middle(rounds.map((r) => r.o).sort(bySeconds)),
    ratio: middle(rounds.map((r) => r.o.seconds / r.b.seconds).sort((a, b) => a - b)),
  };
}
