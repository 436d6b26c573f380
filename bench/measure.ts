import { spawnSync } from 'node:child_process';

export interface Measurement {
  readonly seconds: number;
  readonly peakMiB: number;
}

/** Runs a command under /usr/bin/time: wall time and peak resident memory, as the OS counts them. */
export function measure(command: string, args: readonly string[], cwd: string): Measurement {
  const run = spawnSync('/usr/bin/time', ['-f', '%e %M', command, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${run.status}): ${run.stderr.slice(-2000)}`);
  const [seconds, kib] = run.stderr.trim().split('\n').pop()!.split(' ').map(Number);
  return { seconds: seconds!, peakMiB: kib! / 1024 };
}

/** The run with the median time of `runs`. */
export function median(runs: number, once: () => Measurement): Measurement {
  const all = Array.from({ length: runs }, once).sort((a, b) => a.seconds - b.seconds);
  return all[Math.floor(all.length / 2)]!;
}
