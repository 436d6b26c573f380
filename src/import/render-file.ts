import { createHash } from 'node:crypto';
import yaml from 'js-yaml';
import type { ImportedIncident } from './types';

/**
 * An imported record as an incident file. Its frontmatter ends with
 * source.digest: the SHA-256 of the file as written (the digest's own
 * value zeroed), so a later import can tell a file nobody touched, which it
 * may rewrite, from one people edited, which it leaves alone.
 */

const PLACEHOLDER = `sha256:${'0'.repeat(64)}`;
const DIGEST_LINE = /^ {2}digest: (sha256:[0-9a-f]{64})[ \t]*$/m;

function dump(frontmatter: Record<string, unknown>): string {
  return yaml.dump(frontmatter, {
    schema: yaml.CORE_SCHEMA,
    lineWidth: -1,
    noRefs: true,
    quotingType: '"',
  });
}

function sha256(text: string): string {
  return `sha256:${createHash('sha256').update(text.replace(/\r\n?/g, '\n')).digest('hex')}`;
}

export function renderImportedFile(incident: ImportedIncident): string {
  const source = { ...(incident.frontmatter.source as Record<string, unknown>), digest: PLACEHOLDER };
  const text = `---\n${dump({ ...incident.frontmatter, source })}---\n\n${incident.body}`;
  return text.replace(PLACEHOLDER, sha256(text));
}

/** Whether a file is exactly as an import wrote it: its digest matches its text. undefined when it has no digest. */
export function untouchedSinceImport(text: string): boolean | undefined {
  const match = DIGEST_LINE.exec(text);
  if (!match) return undefined;
  return sha256(text.replace(match[1]!, PLACEHOLDER)) === match[1];
}
