import type { SourceDocument } from '../../incidents/document';
import type { PathSegment } from '../../incidents/locate';
import { quote } from '../../core/describe';
import type { Finding } from '../../core/finding';
import { defineRule, lines } from '../../core/rule';
import { EXAMPLE_FILE, EXAMPLE_INCIDENT, inIncident, otherIncident } from '../../core/rule-examples';
import { suggester } from '../../core/suggest';
import { atValue, type IncidentRule, type RuleContext } from './context';
import { strings, text } from '../../incidents/fields';
import { earlierIdsDifferingInCase } from './id-case';

export const ID_DUPLICATE = defineRule({
  id: 'id-duplicate',
  severity: 'error',
  summary: 'no two incident files in the repository share an id, even one that differs only in case',
  why: "Follow-up issues and references find an incident by its id; two incidents with one id get each other's issues and links. Ids that differ only in case name files that are one file on macOS and Windows.",
  wrong: lines(
    '# incidents/2026/2026-03-04-checkout-errors.md and',
    '# incidents/payments/2026-03-04-checkout-errors.md both say:',
    'id: 2026-03-04-checkout-errors',
  ),
  right: lines('# incidents/payments/2026-03-04-checkout-timeouts.md says:', 'id: 2026-03-04-checkout-timeouts'),
  // The first file keeps its id: the example incident, beside the one renamed.
  repository: { right: inIncident({ beside: [{ path: EXAMPLE_FILE, text: EXAMPLE_INCIDENT }] }) },
});

/** The incident the examples below refer to. */
const EARLIER = otherIncident('2025-11-20-checkout-timeouts', 'Checkout timeouts during the sale');

export const REFERENCE_UNKNOWN = defineRule({
  id: 'reference-unknown',
  severity: 'error',
  summary: 'repeat_of and related name incidents that exist, with did-you-mean',
  why: 'Repeats are how the batch review spots the same failure coming back; a reference to a missing id breaks that chain without anyone noticing.',
  wrong: lines('repeat_of: 2025-11-20-checkout-timeout'),
  right: lines('repeat_of: 2025-11-20-checkout-timeouts'),
  repository: inIncident({ beside: [EARLIER] }),
});

export const REFERENCE_SELF = defineRule({
  id: 'reference-self',
  severity: 'error',
  summary: 'an incident does not name itself in repeat_of or related',
  why: 'An incident cannot repeat itself; it is usually a copied id where an earlier incident was meant.',
  wrong: lines('id: 2026-03-04-checkout-errors', 'repeat_of: 2026-03-04-checkout-errors'),
  right: lines('id: 2026-03-04-checkout-errors', 'repeat_of: 2025-11-20-checkout-timeouts'),
  repository: inIncident({ beside: [EARLIER] }),
});

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
  for (const { value, index } of strings(document.data.related))
    found.push({ value, path: ['related', index], field: `related[${index}]` });
  return found;
}

function deletedReference(document: SourceDocument, { value, path, field }: Reference, deletedFile: string): Finding {
  return atValue(document, path, {
    rule: REFERENCE_UNKNOWN,
    message: `${field} names ${quote(value)}, which this change deletes (${deletedFile})`,
    hint: `keep ${deletedFile}, or point ${field} at another incident (or remove it)`,
  });
}

const suggesters = new WeakMap<RuleContext['incidentsById'], (given: string) => string | undefined>();

/** Did-you-mean over every id, prepared once per repository and only when some reference is unknown. */
function suggestId(incidentsById: RuleContext['incidentsById']): (given: string) => string | undefined {
  let suggest = suggesters.get(incidentsById);
  if (!suggest) suggesters.set(incidentsById, (suggest = suggester([...incidentsById.keys()])));
  return suggest;
}

/** Ids are unique across the repository; repeat_of and related name incidents that exist. */
export const referencesRule: IncidentRule = (document, { incidentsById, deletedById, hints }) => {
  const findings: Finding[] = [];
  const id = text(document.data, 'id');
  if (id !== undefined) {
    const others = (incidentsById.get(id) ?? []).filter((other) => other.file !== document.file);
    if (others.length > 0) {
      findings.push(
        atValue(document, ['id'], {
          rule: ID_DUPLICATE,
          message: `id ${quote(id)} is also used by ${others.map((o) => o.file).join(', ')}`,
          hint: 'ids must be unique across the repository; give one of the incidents a different id (and rename its file)',
        }),
      );
    }
    const sameButCase = earlierIdsDifferingInCase(incidentsById, id, document.file);
    if (sameButCase.length > 0) {
      findings.push(
        atValue(document, ['id'], {
          rule: ID_DUPLICATE,
          message: `id ${quote(id)} differs only in case from ${sameButCase.map((o) => `${quote(String(o.data.id))} (${o.file})`).join(', ')}`,
          hint: 'ids must be unique whatever their case: people, searches and the file systems of macOS and Windows take the two for one; give this incident a different id (and rename its file)',
        }),
      );
    }
  }

  for (const reference of referencesOf(document)) {
    const { value, path, field } = reference;
    const deletedFile = deletedById?.get(value);
    if (value === id) {
      findings.push(
        atValue(document, path, {
          rule: REFERENCE_SELF,
          message: `${field} names this incident itself`,
          hint: `point ${field} at an earlier incident, or remove it`,
        }),
      );
    } else if (incidentsById.has(value)) {
      continue;
    } else if (deletedFile !== undefined) {
      findings.push(deletedReference(document, reference, deletedFile));
    } else {
      const guess = hints === false ? undefined : suggestId(incidentsById)(value);
      findings.push(
        atValue(document, path, {
          rule: REFERENCE_UNKNOWN,
          message: `${field} names ${quote(value)}, but no incident has that id`,
          hint: guess ? `did you mean '${guess}'?` : "use the id from the other incident file's frontmatter",
        }),
      );
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
    return deletedFile === undefined || incidentsById.has(reference.value)
      ? []
      : [deletedReference(document, reference, deletedFile)];
  });
