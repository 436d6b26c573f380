import { blobSha, treeSha } from '../git';
import type { RepoRecord } from '../types';
import { repoApiUrl, type View } from './view';

/**
 * The contents API's shapes. `ref` is the ref the caller named (or the
 * default branch): GitHub echoes it in every URL rather than resolving it.
 */

/** GitHub wraps base64 at 60 characters with "\n", a trailing one included; decoders skip them. */
export function wrappedBase64(text: string): string {
  const b64 = Buffer.from(text, 'utf8').toString('base64');
  return b64 === '' ? '' : `${b64.match(/.{1,60}/g)?.join('\n') ?? ''}\n`;
}

function rawUrl(view: View, repo: RepoRecord, ref: string, path: string): string {
  // github.com serves raw files from its own host; GitHub Enterprise from /raw/ on the web host.
  const host = new URL(view.web).host;
  return host === 'github.com'
    ? `https://raw.githubusercontent.com/${repo.full_name}/${ref}/${path}`
    : `${view.web}/${repo.full_name}/raw/${ref}/${path}`;
}

/** name, path, sha, size, the URLs and _links: what every file entry carries, in GitHub's order. */
export function fileEntry(
  view: View,
  repo: RepoRecord,
  ref: string,
  path: string,
  content: string,
): Record<string, unknown> {
  const sha = blobSha(content);
  const self = `${repoApiUrl(view, repo.full_name)}/contents/${path}?ref=${ref}`;
  const git = `${repoApiUrl(view, repo.full_name)}/git/blobs/${sha}`;
  const html = `${view.web}/${repo.full_name}/blob/${ref}/${path}`;
  return {
    name: path.split('/').at(-1) ?? path,
    path,
    sha,
    size: Buffer.byteLength(content, 'utf8'),
    url: self,
    html_url: html,
    git_url: git,
    download_url: rawUrl(view, repo, ref, path),
    type: 'file',
    _links: { self, git, html },
  };
}

/** GET .../contents/{path} for a file: "content-file", content base64-encoded. */
export function renderFile(
  view: View,
  repo: RepoRecord,
  ref: string,
  path: string,
  content: string,
): Record<string, unknown> {
  const { type, name, size, ...rest } = fileEntry(view, repo, ref, path, content);
  const { sha, url, git_url, html_url, download_url, _links } = rest;
  return {
    type,
    encoding: 'base64',
    size,
    name,
    path,
    content: wrappedBase64(content),
    sha,
    url,
    git_url,
    html_url,
    download_url,
    _links,
  };
}

/** GET .../contents/{dir}: the directory's direct children, files and subdirectories, by name. */
export function renderDirectory(
  view: View,
  repo: RepoRecord,
  ref: string,
  tree: ReadonlyMap<string, string>,
  dir: string,
): Record<string, unknown>[] {
  const prefix = dir ? `${dir}/` : '';
  const files = new Map<string, string>();
  const dirs = new Set<string>();
  for (const [path, content] of tree) {
    if (!path.startsWith(prefix)) continue;
    const [head, ...more] = path.slice(prefix.length).split('/');
    if (head === undefined) continue;
    if (more.length > 0) dirs.add(head);
    else files.set(head, content);
  }
  const repoUrl = repoApiUrl(view, repo.full_name);
  const names = [...new Set([...dirs, ...files.keys()])].sort();
  return names.map((name) => {
    const path = `${prefix}${name}`;
    const content = files.get(name);
    if (content !== undefined && !dirs.has(name)) return fileEntry(view, repo, ref, path, content);
    const sha = treeSha(tree, path);
    const self = `${repoUrl}/contents/${path}?ref=${ref}`;
    const git = `${repoUrl}/git/trees/${sha}`;
    const html = `${view.web}/${repo.full_name}/tree/${ref}/${path}`;
    return {
      name,
      path,
      sha,
      size: 0,
      url: self,
      html_url: html,
      git_url: git,
      download_url: null,
      type: 'dir',
      _links: { self, git, html },
    };
  });
}

/** True when some file lives under `dir`: directories exist only as prefixes of file paths. */
export function isDirectory(tree: ReadonlyMap<string, string>, dir: string): boolean {
  if (dir === '') return true;
  for (const path of tree.keys()) if (path.startsWith(`${dir}/`)) return true;
  return false;
}
