import type { SourceDocument } from '../../incidents/document';
import type { PathSegment } from '../../incidents/locate';
import { quote } from '../../core/describe';
import type { Finding } from '../../core/finding';
import { didYouMean } from '../../core/suggest';
import { atValue, type IncidentRule } from './context';
import { strings, text } from '../../incidents/fields';
import { earlierIdsDifferingInCase } from './id-case';

interface Reference {
  readonly value: string;
  readonly path: PathSegment[];
  readonly field: string;
}

/** Every incident id the document names in repeat_of and related. */
function referencesOf(document: SourceDocument): Reference[] {
  const found: Reference[] = [];
  const repeatOf = text(document.data, 'repeat_of');
  if (repeatOf !== undefined) found.push({ value: repeatOf, path: ['repeat_of'], field: 'repeat_of' });
  for (const { value, index } of strings(document.data.related)) found.push({ value, path: ['related', index], field: `related[${index}]` });
  return found;
}

function deletedReference(document: SourceDocument, { value, path, field }: Reference, deletedFile: string): Finding {
  return atValue(document, path, {
    rule: 'reference-unknown',
    message: `${field} names ${quote(value)}, which this change deletes (${deletedFile})`,
    hint: `keep ${deletedFile}, or point ${field} at another incident (or remove it)`,
  });
}

/** Ids are unique across the repository; repeat_of and related name incidents that exist. */
export const referencesRule: IncidentRule = (document, { incidentsById, deletedById }) => {
  const findings: Finding[] = [];
  const id = text(document.data, 'id');
  if (id !== undefined) {
    const others = (incidentsById.get(id) ?? []).filter((other) => other.file !== document.file);
    if (others.length > 0) {
      findings.push(atValue(document, ['id'], {
        rule: 'id-duplicate',
        message: `id ${quote(id)} is also used by ${others.map((o) => o.file).join(', ')}`,
        hint: 'ids must be unique across the repository; give one of the incidents a different id (and rename its file)',
      }));
    }
    const sameButCase = earlierIdsDifferingInCase(incidentsById, id, document.file);
    if (sameButCase.length > 0) {
      findings.push(atValue(document, ['id'], {
        rule: 'id-duplicate',
        message: `id ${quote(id)} differs only in case from ${sameButCase.map((o) => `${quote(String(o.data.id))} (${o.file})`).join(', ')}`,
        hint: 'ids must be unique whatever their case: people, searches and the file systems of macOS and Windows take the two for one; give this incident a different id (and rename its file)',
      }));
    }
  }

  for (const reference of referencesOf(document)) {
    const { value, path, field } = reference;
    const deletedFile = deletedById?.get(value);
    if (value === id) {
      findings.push(atValue(document, path, { rule: 'reference-self', message: `${field} names this incident itself`, hint: `point ${field} at an earlier incident, or remove it` }));
    } else if (incidentsById.has(value)) {
      continue;
    } else if (deletedFile !== undefined) {
      findings.push(deletedReference(document, reference, deletedFile));
    } else {
      // Only an unknown reference pays for the list of ids: building it per file would make validation quadratic.
      const guess = didYouMean(value, [...incidentsById.keys()]);
      findings.push(atValue(document, path, {
        rule: 'reference-unknown',
        message: `${field} names ${quote(value)}, but no incident has that id`,
        hint: guess ? `did you mean '${guess}'?` : 'use the id from the other incident file\'s frontmatter',
      }));
    }
  }
  return findings;
};

/**
 * For an unchanged file of a change: only what the change broke in it, a
 * reference to an incident the change deletes.
 */
export const deletedReferencesRule: IncidentRule = (document, { incidentsById, deletedById }) =>
  referencesOf(document).flatMap((reference) => {
    const deletedFile = deletedById?.get(reference.value);
    return deletedFile === undefined || incidentsById.has(reference.value) ? [] : [deletedReference(document, reference, deletedFile)];
  });
