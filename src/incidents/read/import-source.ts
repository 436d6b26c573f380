import { lstatSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../../core/errors';
import { decodeText } from '../decode';
import { displayPath, walkMarkdown } from '../find';
import { formatBytes, MAX_FILE_BYTES } from '../limits';
import { splitFrontmatter } from '../frontmatter';
import { parseYaml } from '../yaml/parse';
import { readBounded } from './bounded';

/**
 * What `incidents import` reads: the documents of a source folder, one
 * source file (a Statuspage export, a CSV), and the incident files already
 * in the folder it writes to. Every read is bounded.
 */

/** A Statuspage export or a spreadsheet of years of incidents is larger than one incident file, but still bounded. */
export const MAX_IMPORT_SOURCE_BYTES = 64 * 1024 * 1024;

export type ReadText = { readonly text: string } | { readonly problem: string };

export function readTextFile(absolute: string, limit = MAX_FILE_BYTES): ReadText {
  let read;
  try {
    read = readBounded(absolute, limit);
  } catch (error) {
    return { problem: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  if ('tooLarge' in read)
    return { problem: `${formatBytes(read.tooLarge)}, larger than the ${formatBytes(limit)} an import reads` };
  if ('notRegular' in read) return { problem: `${read.notRegular}: an import reads files only` };
  const decoded = decodeText(read.bytes);
  if (!decoded.ok)
    return {
      problem:
        decoded.problem === 'binary'
          ? 'a binary file, not text'
          : `not UTF-8 text (line ${decoded.position.line}); save it as UTF-8`,
    };
  return { text: decoded.text };
}

export interface SourceDocumentText {
  /** Relative to the folder imported, forward slashes. */
  readonly path: string;
  readonly read: ReadText;
}

/** The documents below a folder whose names `isDocument` accepts; other files only counted by extension. Links are never followed. */
export function readSourceFolder(
  root: string,
  isDocument: (name: string) => boolean,
): { documents: SourceDocumentText[]; ignored: Map<string, number> } {
  const documents: SourceDocumentText[] = [];
  const ignored = new Map<string, number>();
  const walk = (dir: string) => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const absolute = path.join(dir, entry.name);
      const relative = path.relative(root, absolute).split(path.sep).join('/');
      if (entry.isDirectory()) walk(absolute);
      else if (!isDocument(entry.name)) {
        const ext = path.extname(entry.name).toLowerCase() || '(none)';
        ignored.set(ext, (ignored.get(ext) ?? 0) + 1);
      } else if (entry.isSymbolicLink())
        documents.push({ path: relative, read: { problem: 'a symbolic link, not followed' } });
      else if (entry.isFile()) documents.push({ path: relative, read: readTextFile(absolute) });
    }
  };
  walk(root);
  return { documents, ignored };
}

/** Whether a path is a folder, a file, or nothing (a usage error). */
export function sourceKind(cwd: string, given: string): { absolute: string; folder: boolean } {
  const absolute = path.resolve(cwd, given);
  let stats;
  try {
    stats = lstatSync(absolute);
  } catch {
    throw new UsageError(`source '${given}' does not exist`);
  }
  if (stats.isSymbolicLink())
    throw new UsageError(`source '${given}' is a symbolic link; name the file or folder itself`);
  return { absolute, folder: stats.isDirectory() };
}

export interface WrittenIncident {
  /** Relative to the working directory. */
  readonly file: string;
  readonly absolute: string;
  readonly text: string;
  readonly data: Readonly<Record<string, unknown>> | undefined;
}

/** Every incident file below the folders given (each once), with its text and frontmatter when it has one. */
export function readWrittenIncidents(cwd: string, dirs: readonly string[]): WrittenIncident[] {
  const seen = new Set<string>();
  const out: WrittenIncident[] = [];
  for (const dir of dirs) {
    for (const entry of walkMarkdown(cwd, path.resolve(cwd, dir))) {
      if (seen.has(entry.absolute) || entry.symlink) continue;
      seen.add(entry.absolute);
      const read = readTextFile(entry.absolute);
      if (!('text' in read)) continue;
      const split = splitFrontmatter(read.text);
      const parsed = split.ok ? parseYaml(split.yaml) : undefined;
      const data =
        parsed?.ok && parsed.data && typeof parsed.data === 'object' && !Array.isArray(parsed.data)
          ? (parsed.data as Record<string, unknown>)
          : undefined;
      out.push({ file: displayPath(cwd, entry.absolute), absolute: entry.absolute, text: read.text, data });
    }
  }
  return out;
}
