import { existsSync, lstatSync, readdirSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../core/errors';

export interface DiscoveredFile {
  /** Absolute path. */
  readonly absolute: string;
  /** Relative to the working directory, forward slashes: what users see. */
  readonly file: string;
  readonly symlink: boolean;
  /** A symbolic link to a folder: reported like a linked file, never walked. */
  readonly directory?: boolean;
}

/** Folders that never hold incidents and can be huge. */
const SKIPPED_DIRS = new Set(['node_modules', '.git']);

/** Whether a file (relative, forward slashes) is the folder `dir` or below it. */
export function isUnder(file: string, dir: string): boolean {
  return file === dir || file.startsWith(`${dir}/`);
}

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

/** Whether a symbolic link leads to a folder (following it only to ask, never to read). */
function linksToFolder(absolute: string): boolean {
  try {
    return statSync(absolute).isDirectory();
  } catch {
    return false; // a dangling link, or a loop
  }
}

/**
 * Every *.md file below `dir`. Symbolic links are never followed: a linked
 * file, or a linked folder, could be anywhere (outside the repository too);
 * each is listed as a link so the user hears it was not checked.
 */
export function walkMarkdown(cwd: string, dir: string, out: DiscoveredFile[] = []): DiscoveredFile[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  // Both paths of a file are its folder's, computed once, and its name: a path.join per file makes a
  // string of many pieces: the entries of 100,000 files took 76 MB of heap instead of 18.
  const shown = displayPath(cwd, dir);
  const shownPrefix = shown === '' ? '' : `${shown}/`;
  const absolutePrefix = dir.endsWith(path.sep) ? dir : `${dir}${path.sep}`;
  const display = (name: string) => shownPrefix + name;
  for (const entry of entries) {
    const absolute = absolutePrefix + entry.name;
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) walkMarkdown(cwd, absolute, out);
    } else if (entry.name.toLowerCase().endsWith('.md') && (entry.isFile() || entry.isSymbolicLink())) {
      out.push({ absolute, file: display(entry.name), symlink: entry.isSymbolicLink() });
    } else if (entry.isSymbolicLink() && !SKIPPED_DIRS.has(entry.name) && linksToFolder(absolute)) {
      out.push({ absolute, file: display(entry.name), symlink: true, directory: true });
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
    if (stats.isDirectory()) {
      const before = out.length;
      walkMarkdown(cwd, absolute, out);
      // A folder that holds nothing to check would pass having checked nothing.
      if (out.length === before) throw new UsageError(`no incident files (*.md) under '${given}': nothing was checked`);
    } else out.push({ absolute, file: displayPath(cwd, absolute), symlink: stats.isSymbolicLink() });
  }
  return out;
}

/**
 * Every *.md file of the configured incidents folder. A folder not made yet
 * holds no incidents; an incidents_dir that names a file would check
 * nothing and pass, so it is a usage error instead.
 */
export function walkIncidents(
  cwd: string,
  config: { readonly incidentsDir: string; readonly source: string | undefined },
): DiscoveredFile[] {
  const dir = path.resolve(cwd, config.incidentsDir);
  let stats;
  try {
    stats = statSync(dir);
  } catch {
    return [];
  }
  if (!stats.isDirectory()) {
    throw new UsageError(
      `the incidents folder '${config.incidentsDir}' is a file, not a folder: point incidents_dir${config.source ? ` in ${config.source}` : ''} at the folder that holds the incident files`,
    );
  }
  return walkMarkdown(cwd, dir);
}

/** The files (relative to cwd) that are still there: a pull request's list of changed files includes the ones it deleted. */
export function presentFiles(cwd: string, files: readonly string[]): string[] {
  return files.filter((file) => existsSync(path.join(cwd, file)));
}

/**
 * The incident files of the configured folder, when there is at least one:
 * a wrong incidents_dir, or a command run from a subfolder, would otherwise
 * check nothing and pass.
 */
export function requireIncidentFiles(
  cwd: string,
  config: { readonly incidentsDir: string; readonly source: string | undefined },
): DiscoveredFile[] {
  const files = walkIncidents(cwd, config);
  if (files.length > 0) return files;
  const folder = displayPath(cwd, path.resolve(cwd, config.incidentsDir)) || '.';
  const setting = config.source
    ? `the incidents_dir of ${config.source}`
    : 'the default incidents_dir (there is no .incidents.yml here)';
  throw new UsageError(
    `no incident files (*.md) under '${folder}', ${setting}: nothing was checked\n` +
      `  fix: run from the repository's root, point incidents_dir at the folder that holds them, or record the first one with 'incidents new'`,
  );
}
