import { MAX_ISSUE_BODY_CHARS } from '../core/github-limits';
import { cut } from '../core/text';
import { escapeMarkdown, inlineCode } from '../core/markdown-escape';
import { identityMarker, MANAGED_END, MANAGED_START } from './markers';

export interface BodyFacts {
  readonly key: string;
  /** owner/name of the repository holding the incident file, named in the marker (a tracker may serve several). */
  readonly source?: string;
  readonly incidentId: string;
  readonly incidentTitle: string;
  /** Link to the incident file on the default branch. */
  readonly incidentUrl: string;
  readonly file: string;
  readonly severity: string;
  readonly type: string | undefined;
  readonly priority: string | undefined;
  readonly due: string | undefined;
  readonly owner: string | undefined;
  readonly followUpTitle: string;
  readonly impactSummary: string | undefined;
}

type Detail = 'full' | 'no-summary' | 'minimal';

/** Longest piece of any one value a minimal body keeps. */
const MINIMAL_VALUE_CHARS = 200;

function render(facts: BodyFacts, detail: Detail): string {
  // Escaping can make text nine times longer ('@' -> '@&#8203;'): the minimal body cuts every value, so its size has a bound.
  const short = (text: string) => (detail === 'minimal' ? cut(text, MINIMAL_VALUE_CHARS) : text);
  const rows: [string, string | undefined][] = [
    ['Severity', facts.severity],
    ['Type', facts.type],
    ['Priority', facts.priority],
    ['Due', facts.due],
    ['Owner', facts.owner],
  ];
  const lines = [
    MANAGED_START,
    identityMarker(facts.key, facts.source),
    `**${escapeMarkdown(short(facts.followUpTitle))}**`,
    '',
    `Follow-up from incident [${escapeMarkdown(short(facts.incidentId))}](${facts.incidentUrl}): ${escapeMarkdown(short(facts.incidentTitle))}`,
    '',
    '| | |',
    '|---|---|',
    ...rows
      .filter(([, value]) => value !== undefined)
      .map(([name, value]) => `| ${name} | ${escapeMarkdown(short(value!))} |`),
  ];
  if (detail === 'full' && facts.impactSummary) lines.push('', `> ${escapeMarkdown(facts.impactSummary)}`);
  lines.push(
    '',
    `<sub>Filed by incidents-as-code from ${inlineCode(short(facts.file))}. Change the follow-up in that file; text outside this block is yours to edit.</sub>`,
    MANAGED_END,
  );
  return lines.join('\n');
}

/**
 * The managed part of a follow-up issue's body, dropping detail in stages
 * until it fits in `budget` characters (GitHub's limit less whatever
 * people wrote around it).
 */
export function managedBody(facts: BodyFacts, budget = MAX_ISSUE_BODY_CHARS): string {
  for (const detail of ['full', 'no-summary', 'minimal'] as const) {
    const body = render(facts, detail);
    if (body.length <= budget) return body;
  }
  return render({ ...facts, incidentTitle: '', followUpTitle: '', impactSummary: undefined }, 'minimal');
}
