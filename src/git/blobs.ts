import { execFileSync } from 'node:child_process';
import path from 'node:path';

/** A listing of 100,000 files is a few MB; the default 1 MB would cut it. */
const MAX_GIT_OUTPUT_BYTES = 256 * 1024 * 1024;

function gitOutput(cwd: string, args: readonly string[]): string | undefined {
  try {
    return execFileSync('git', args, {
      cwd,
      maxBuffer: MAX_GIT_OUTPUT_BYTES,
      stdio: ['ignore', 'pipe', 'ignore'],
    }).toString('utf8');
  } catch {
    return undefined; // not a repository, or no git
  }
}

/**
 * The git blob id of each file below `dir` (relative to `cwd`, forward
 * slashes) whose working-tree content is the one git's index holds: the
 * content's name, which git keeps up to date for free. Files changed in the
 * working tree, in a merge conflict or unknown to git are left out (they
 * must be read). Undefined outside a git work tree.
 */
export function unchangedBlobs(cwd: string, dir: string): Map<string, string> | undefined {
  const staged = gitOutput(cwd, ['ls-files', '-z', '-s', '--', dir]);
  // -m: files whose working-tree content differs from the index (git compares by stat, hashing only when unsure).
  const modified = staged === undefined ? undefined : gitOutput(cwd, ['ls-files', '-z', '-m', '--', dir]);
  if (staged === undefined || modified === undefined) return undefined;
  const changed = new Set(modified.split('\0'));
  const blobs = new Map<string, string>();
  for (const entry of staged.split('\0')) {
    // "<mode> <blob> <stage>\t<path>"; stage 0 is a file without a conflict, 100644/100755 a regular file.
    const tab = entry.indexOf('\t');
    if (tab < 0) continue;
    const [mode, blob, stage] = entry.slice(0, tab).split(' ');
    const file = entry.slice(tab + 1);
    if (stage !== '0' || !mode?.startsWith('1006') || !blob || changed.has(file)) continue;
    blobs.set(file, blob);
  }
  return blobs;
}

/** Where git keeps a file of ours for this work tree (under .git), or undefined outside one. */
export function gitPath(cwd: string, name: string): string | undefined {
  // Relative to cwd as git prints it (older git has no --path-format=absolute).
  const found = gitOutput(cwd, ['rev-parse', '--git-path', name])?.trim();
  return found ? path.resolve(cwd, found) : undefined;
}
