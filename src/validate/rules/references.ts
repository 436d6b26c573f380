import { quote } from '../describe';
import type { Finding } from '../finding';
import { didYouMean } from '../suggest';
import { atValue, strings, text, type IncidentRule } from './context';

/** Ids are unique across the repository; repeat_of and related name incidents that exist. */
export const referencesRule: IncidentRule = (document, { incidentsById }) => {
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
  }

  const check = (value: string, path: (string | number)[], field: string) => {
    if (value === id) {
      findings.push(atValue(document, path, { rule: 'reference-self', message: `${field} names this incident itself`, hint: `point ${field} at an earlier incident, or remove it` }));
    } else if (!incidentsById.has(value)) {
      // Only an unknown reference pays for the list of ids: building it per file would make validation quadratic.
      const guess = didYouMean(value, [...incidentsById.keys()]);
      findings.push(atValue(document, path, {
        rule: 'reference-unknown',
        message: `${field} names ${quote(value)}, but no incident has that id`,
        hint: guess ? `did you mean '${guess}'?` : 'use the id from the other incident file\'s frontmatter',
      }));
    }
  };
  const repeatOf = text(document.data, 'repeat_of');
  if (repeatOf !== undefined) check(repeatOf, ['repeat_of'], 'repeat_of');
  for (const { value, index } of strings(document.data.related)) check(value, ['related', index], `related[${index}]`);
  return findings;
};
