import { lstatSync, readdirSync, type Stats } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors';

export interface DiscoveredFile {
  /** Absolute path. */
  readonly absolute: string;
  /** Relative to the working directory, forward slashes: what users see. */
  readonly file: string;
  readonly symlink: boolean;
}

/** Folders that never hold incidents and can be huge. */
const SKIPPED_DIRS = new Set(['node_modules', '.git']);

export function displayPath(cwd: string, absolute: string): string {
  return path.relative(cwd, absolute).split(path.sep).join('/');
}

function lstatOrUndefined(absolute: string): Stats | undefined {
  try {
    return lstatSync(absolute);
  } catch {
    return undefined;
  }
}

/** Every *.md file below `dir` (symbolic links are reported, never followed). */
export function walkMarkdown(cwd: string, dir: string, out: DiscoveredFile[] = []): DiscoveredFile[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const absolute = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) walkMarkdown(cwd, absolute, out);
    } else if (entry.name.toLowerCase().endsWith('.md') && (entry.isFile() || entry.isSymbolicLink())) {
      out.push({ absolute, file: displayPath(cwd, absolute), symlink: entry.isSymbolicLink() });
    }
  }
  return out;
}

/** Expand the paths a user named: files as they are, folders to their *.md files. */
export function expandPaths(cwd: string, paths: readonly string[]): DiscoveredFile[] {
  const out: DiscoveredFile[] = [];
  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    const stats = lstatOrUndefined(absolute);
    if (!stats) throw new UsageError(`path '${given}' does not exist`);
    if (stats.isDirectory()) walkMarkdown(cwd, absolute, out);
    else out.push({ absolute, file: displayPath(cwd, absolute), symlink: stats.isSymbolicLink() });
  }
  return out;
}
