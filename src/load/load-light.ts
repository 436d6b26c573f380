import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config/types';
import type { SourceDocument } from './document';
import { walkMarkdown } from './discover';
import { splitFrontmatter } from './frontmatter';
import { createLocator, type Locator } from './locate';
import { parseDocument } from './parse-document';
import { readBounded } from './read-bounded';

/** A locator that reads the file again only if a finding needs a position: rare, so nothing is kept for it. */
function locatorFromDisk(absolute: string): Locator {
  let locator: Locator | undefined;
  const get = () => {
    if (!locator) {
      const split = splitFrontmatter(readFileSync(absolute, 'utf8').replace(/^\uFEFF/, ''));
      locator = split.ok ? createLocator(split.yaml, split.yamlLine) : createLocator('', 1);
    }
    return locator;
  };
  return { key: (p) => get().key(p), value: (p) => get().value(p) };
}

/**
 * Every incident's frontmatter, without its text: for work over many
 * incidents (the batch review) that reads data, not prose. Parsed values
 * are copied out of the file's text, so each text can be freed as soon as
 * it is parsed: memory grows with the data, not with the files.
 */
export function loadIncidentData(cwd: string, config: Config): { documents: SourceDocument[]; unreadable: string[] } {
  const documents: SourceDocument[] = [];
  const unreadable: string[] = [];
  for (const entry of walkMarkdown(cwd, path.resolve(cwd, config.incidentsDir))) {
    if (entry.file.startsWith(`${config.reviewsDir}/`)) continue;
    const read = entry.symlink ? undefined : readBounded(entry.absolute);
    if (!read || 'tooLarge' in read) {
      unreadable.push(entry.file);
      continue;
    }
    const parsed = parseDocument(entry.file, 'incident', read.bytes);
    if (!parsed.document) {
      unreadable.push(entry.file);
      continue;
    }
    // js-yaml's strings are slices of the file's text; a structured clone copies them, letting the text go.
    documents.push({ ...parsed.document, data: structuredClone(parsed.document.data), body: '', locate: locatorFromDisk(entry.absolute) });
  }
  return { documents, unreadable };
}
