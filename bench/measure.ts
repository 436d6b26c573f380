import { spawnSync } from 'node:child_process';

export interface Measurement {
  readonly seconds: number;
  readonly peakMiB: number;
  /** What the command printed, stdout then stderr (less /usr/bin/time's line), for checking that it did the work. */
  readonly output: string;
}

export interface MeasureOptions {
  /** Exit statuses that count as success; default [0]. */
  readonly okStatus?: readonly number[];
  /** Throws when the output shows the command did not do the work it was timed for. */
  readonly check?: (output: string) => void;
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
  if (!(options.okStatus ?? [0]).includes(run.status ?? -1))
    throw new Error(`${command} ${args.join(' ')} failed (${run.status}): ${run.stderr.slice(-2000)}`);
  const stderr = run.stderr.trimEnd().split('\n');
  const [seconds, kib] = stderr.pop()!.split(' ').map(Number);
  const output = `${run.stdout}${stderr.join('\n')}`;
  options.check?.(output);
  return { seconds: seconds!, peakMiB: kib! / 1024, output };
}

/** The run with the median time of `runs`. */
export function median(runs: number, once: () => Measurement): Measurement {
  const all = Array.from({ length: runs }, once).sort((a, b) => a.seconds - b.seconds);
  return all[Math.floor(all.length / 2)]!;
}
