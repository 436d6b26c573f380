import { renderImportedFile, untouchedSinceImport } from './render-file';
import { sourceKey } from './source-key';
import type { ImportedIncident, ImportSkip } from './types';

/** An incident file that is already there. */
export interface ExistingFile {
  /** Path relative to the working directory, forward slashes. */
  readonly file: string;
  readonly text: string;
  readonly data: Readonly<Record<string, unknown>> | undefined;
}

export type ImportAction =
  | { readonly kind: 'create'; readonly file: string; readonly text: string; readonly incident: ImportedIncident }
  | { readonly kind: 'update'; readonly file: string; readonly text: string; readonly incident: ImportedIncident }
  | { readonly kind: 'unchanged'; readonly file: string; readonly incident: ImportedIncident }
  | { readonly kind: 'edited'; readonly file: string; readonly incident: ImportedIncident };

export interface ImportPlan {
  readonly actions: readonly ImportAction[];
  readonly skipped: readonly ImportSkip[];
}

export interface PlanOptions {
  /** The folder new files go to (relative, forward slashes); each in a folder of its year. */
  readonly outDir: string;
  /** Rewrite files people edited after the import. */
  readonly force: boolean;
}

function withId(incident: ImportedIncident, id: string): ImportedIncident {
  return id === incident.id ? incident : { ...incident, id, frontmatter: { ...incident.frontmatter, id } };
}

/**
 * What an import does with each record: write a new file, rewrite the file
 * an earlier import wrote for the same source item (found by its source,
 * keeping its id and path), or leave it (unchanged, or edited by people
 * since). Ids never collide with an incident already there. Pure.
 */
export function planImport(
  incidents: readonly ImportedIncident[],
  existing: readonly ExistingFile[],
  options: PlanOptions,
): ImportPlan {
  const byKey = new Map<string, ExistingFile>();
  const takenIds = new Set<string>();
  const takenFiles = new Set(existing.map((e) => e.file.toLowerCase()));
  for (const file of existing) {
    const source = file.data?.source;
    const key = source && typeof source === 'object' ? sourceKey(source as Record<string, unknown>) : undefined;
    if (key && !byKey.has(key)) byKey.set(key, file);
    if (typeof file.data?.id === 'string') takenIds.add(file.data.id);
  }
  const actions: ImportAction[] = [];
  const skipped: ImportSkip[] = [];
  const seenKeys = new Map<string, string>();
  for (const incident of incidents) {
    const first = seenKeys.get(incident.key);
    if (first !== undefined) {
      skipped.push({ origin: incident.origin, reason: `the same source item as ${first}: imported once` });
      continue;
    }
    seenKeys.set(incident.key, incident.origin);
    const found = byKey.get(incident.key);
    if (found) {
      const id = typeof found.data?.id === 'string' ? found.data.id : incident.id;
      const record = withId(incident, id);
      const text = renderImportedFile(record);
      if (text === found.text) actions.push({ kind: 'unchanged', file: found.file, incident: record });
      else if (options.force || untouchedSinceImport(found.text))
        actions.push({ kind: 'update', file: found.file, text, incident: record });
      else actions.push({ kind: 'edited', file: found.file, incident: record });
      continue;
    }
    let id = incident.id;
    const fileOf = (candidate: string) => `${options.outDir}/${incident.year}/${candidate}.md`;
    for (let n = 2; takenIds.has(id) || takenFiles.has(fileOf(id).toLowerCase()); n++) id = `${incident.id}-${n}`;
    takenIds.add(id);
    takenFiles.add(fileOf(id).toLowerCase());
    const record = withId(incident, id);
    actions.push({ kind: 'create', file: fileOf(id), text: renderImportedFile(record), incident: record });
  }
  return { actions, skipped };
}
