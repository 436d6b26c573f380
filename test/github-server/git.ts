import { createHash } from 'node:crypto';
import type { CommitRecord, GitActor, GitRecord } from './types';

/**
 * Git objects, hashed as git hashes them, so a sha from this server looks
 * and behaves like one from GitHub: the blob sha of a file is what
 * `git hash-object` prints, and the same content always has the same sha
 * (clients compare them to skip no-op writes).
 */

function objectId(type: string, body: Buffer): Buffer {
  return createHash('sha1')
    .update(Buffer.concat([Buffer.from(`${type} ${body.length}\0`), body]))
    .digest();
}

/** sha1 of "blob <bytes>\0<content>". */
export function blobSha(content: string): string {
  return objectId('blob', Buffer.from(content, 'utf8')).toString('hex');
}

interface Dir {
  files: Map<string, string>;
  dirs: Map<string, Dir>;
}

function nest(tree: ReadonlyMap<string, string>, prefix: string): Dir {
  const root: Dir = { files: new Map(), dirs: new Map() };
  for (const [path, content] of tree) {
    if (!path.startsWith(prefix)) continue;
    const parts = path.slice(prefix.length).split('/');
    let dir = root;
    for (const part of parts.slice(0, -1)) {
      let next = dir.dirs.get(part);
      if (!next) dir.dirs.set(part, (next = { files: new Map(), dirs: new Map() }));
      dir = next;
    }
    dir.files.set(parts.at(-1) ?? '', content);
  }
  return root;
}

/** A tree object: entries sorted as git sorts them (a directory compares as "name/"). */
function hashDir(dir: Dir): Buffer {
  const entries: Array<{ key: string; bytes: Buffer }> = [];
  for (const [name, content] of dir.files) {
    entries.push({
      key: name,
      bytes: Buffer.concat([Buffer.from(`100644 ${name}\0`), objectId('blob', Buffer.from(content, 'utf8'))]),
    });
  }
  for (const [name, sub] of dir.dirs) {
    entries.push({ key: `${name}/`, bytes: Buffer.concat([Buffer.from(`40000 ${name}\0`), hashDir(sub)]) });
  }
  entries.sort((a, b) => Buffer.compare(Buffer.from(a.key), Buffer.from(b.key)));
  return objectId('tree', Buffer.concat(entries.map((e) => e.bytes)));
}

/** The tree sha of the whole tree, or of the directory `dir` ("docs/reviews") within it. */
export function treeSha(tree: ReadonlyMap<string, string>, dir = ''): string {
  return hashDir(nest(tree, dir ? `${dir}/` : '')).toString('hex');
}

function commitSha(
  tree: ReadonlyMap<string, string>,
  parent: string | null,
  author: GitActor,
  date: string,
  message: string,
): string {
  const who = `${author.name} <${author.email}> ${Math.floor(Date.parse(date) / 1000)} +0000`;
  const text = `tree ${treeSha(tree)}\n${parent ? `parent ${parent}\n` : ''}author ${who}\ncommitter ${who}\n\n${message}`;
  return objectId('commit', Buffer.from(text, 'utf8')).toString('hex');
}

/** Stores a commit (identical input gives the identical sha, as in git) and returns it; moves no branch. */
export function writeCommit(git: GitRecord, input: Omit<CommitRecord, 'sha'>): CommitRecord {
  const commit: CommitRecord = {
    ...input,
    sha: commitSha(input.tree, input.parent, input.author, input.date, input.message),
  };
  git.commits.set(commit.sha, commit);
  return commit;
}

/**
 * A new repository's history: one commit with a README on the default
 * branch, as GitHub makes for "Initialize this repository with a README",
 * so branches can be cut from it straight away.
 */
export function initialGit(name: string, branch: string, author: GitActor, date: string): GitRecord {
  const git: GitRecord = { branches: new Map(), commits: new Map() };
  const commit = writeCommit(git, {
    tree: new Map([['README.md', `# ${name}\n`]]),
    parent: null,
    message: 'Initial commit',
    author,
    date,
  });
  git.branches.set(branch, commit.sha);
  return git;
}

/** Accepts a branch name, "heads/x", "refs/heads/x" or a (prefix of a) commit sha. */
export function resolveCommit(git: GitRecord, ref: string): CommitRecord | undefined {
  const name = ref.replace(/^refs\//, '').replace(/^heads\//, '');
  const branchTip = git.branches.get(name) ?? git.branches.get(ref);
  if (branchTip) return git.commits.get(branchTip);
  if (!/^[0-9a-f]{7,40}$/i.test(ref)) return undefined;
  const matches = [...git.commits.keys()].filter((sha) => sha.startsWith(ref.toLowerCase()));
  return matches.length === 1 ? git.commits.get(matches[0] ?? '') : undefined;
}

/** Newest first, the commit itself included. History is linear, so this is a walk up `parent`. */
export function history(git: GitRecord, sha: string): CommitRecord[] {
  const out: CommitRecord[] = [];
  for (let c = git.commits.get(sha); c; c = c.parent ? git.commits.get(c.parent) : undefined) out.push(c);
  return out;
}

export function isAncestor(git: GitRecord, ancestor: string, of: string): boolean {
  return history(git, of).some((c) => c.sha === ancestor);
}

/** The commits on head that base does not have (newest first), and where the two diverged. */
export function compare(
  git: GitRecord,
  base: string,
  head: string,
): { ahead: CommitRecord[]; mergeBase: CommitRecord | undefined } {
  const onBase = new Set(history(git, base).map((c) => c.sha));
  const ahead: CommitRecord[] = [];
  for (const commit of history(git, head)) {
    if (onBase.has(commit.sha)) return { ahead, mergeBase: commit };
    ahead.push(commit);
  }
  return { ahead, mergeBase: undefined };
}

/** GitHub's rules for a branch name, per git check-ref-format. */
export function validBranchName(name: string): boolean {
  if (!name || name.startsWith('/') || name.endsWith('/') || name.endsWith('.') || name === '@') return false;
  if (/[\x00-\x20\x7f~^:?*[\\]|\.\.|@\{|\/\/|\.lock(\/|$)|(^|\/)\./.test(name)) return false;
  return true;
}
