import { execFileSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { UsageError } from '../core/errors';

/** What a change did to the files below the working directory (paths relative to it, forward slashes). */
export interface GitChanges {
  /** The commit the change is measured from: the merge base of the ref and HEAD. */
  readonly base: string;
  /** Added or modified files (a rename is a delete plus an add). */
  readonly changed: readonly string[];
  readonly deleted: readonly string[];
}

/** A diff of thousands of renamed files is a few MB of names; the default 1 MB would cut it. */
const MAX_GIT_OUTPUT_BYTES = 256 * 1024 * 1024;

function git(cwd: string, args: readonly string[]): Buffer {
  return execFileSync('git', args, { cwd, maxBuffer: MAX_GIT_OUTPUT_BYTES, stdio: ['ignore', 'pipe', 'pipe'] });
}

function gitText(cwd: string, args: readonly string[]): string | undefined {
  try {
    return git(cwd, args).toString('utf8').trim();
  } catch {
    return undefined;
  }
}

/** The top folder of the work tree `cwd` is in, or undefined outside one (or without git). */
export function workTreeRoot(cwd: string): string | undefined {
  const top = gitText(cwd, ['rev-parse', '--show-toplevel']);
  return top ? realpathSync(top) : undefined;
}

/** The commit a ref or sha names, or undefined when this repository does not have it. */
export function resolveCommit(cwd: string, ref: string): string | undefined {
  // `--end-of-options` keeps a ref like '--all' from being read as a flag.
  return gitText(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]) || undefined;
}

function mergeBase(cwd: string, commit: string): string | undefined {
  return gitText(cwd, ['merge-base', commit, 'HEAD']) || undefined;
}

/**
 * Whether `cwd` is a checkout whose history holds `ref` and its merge base
 * with HEAD. A folder inside some other repository (a checkout to a
 * sub-path, a test fixture) is no checkout of its own: 'no-checkout'.
 */
export function commitAvailability(cwd: string, ref: string): 'available' | 'missing' | 'no-checkout' {
  if (workTreeRoot(cwd) !== realpathSync(cwd)) return 'no-checkout';
  const commit = resolveCommit(cwd, ref);
  return commit !== undefined && mergeBase(cwd, commit) !== undefined ? 'available' : 'missing';
}

/**
 * When HEAD is a merge commit whose parents the checkout has, its first
 * parent: what actions/checkout makes of a pull request (the merge of its
 * head into its base) with fetch-depth: 2. The pull request's changes are
 * then what HEAD changed from it, without fetching any more history.
 */
export function mergedBase(cwd: string): string | undefined {
  const second = resolveCommit(cwd, 'HEAD^2');
  return second === undefined ? undefined : resolveCommit(cwd, 'HEAD^1');
}

/** Splits `git diff --name-status -z` output: status, NUL, path, NUL, ... */
export function parseNameStatus(output: string): { changed: string[]; deleted: string[] } {
  const fields = output.split('\0');
  const changed: string[] = [];
  const deleted: string[] = [];
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const status = fields[i]!;
    const file = fields[i + 1]!;
    if (status.startsWith('D')) deleted.push(file);
    else changed.push(file);
  }
  return { changed, deleted };
}

/**
 * The files changed between the merge base of `ref` and HEAD (what
 * `git diff ref...HEAD` shows). Throws UsageError outside a repository or
 * for a ref the repository does not have.
 */
export function changedSince(cwd: string, ref: string): GitChanges {
  if (workTreeRoot(cwd) === undefined) throw new UsageError(`--changed-since: ${cwd} is not in a git repository`);
  const commit = resolveCommit(cwd, ref);
  if (commit === undefined) {
    throw new UsageError(
      `--changed-since: '${ref}' is not a commit in this repository (fetch it first: actions/checkout with fetch-depth: 0)`,
    );
  }
  const base = mergeBase(cwd, commit);
  if (!base)
    throw new UsageError(
      `--changed-since: '${ref}' and HEAD have no common history (fetch more of it: actions/checkout with fetch-depth: 0)`,
    );
  // --relative: paths relative to cwd, and nothing outside it. --no-renames: a rename is a delete plus an add.
  const output = git(cwd, ['diff', '--name-status', '-z', '--no-renames', '--relative', base, 'HEAD']).toString('utf8');
  return { base, ...parseNameStatus(output) };
}

/** The bytes of `file` (relative to cwd) as it was at `commit`; undefined when it cannot be read. */
export function readAtCommit(cwd: string, commit: string, file: string): Buffer | undefined {
  try {
    return git(cwd, ['show', `${commit}:./${file}`]);
  } catch {
    return undefined;
  }
}
