import { escapeMarkdown } from '../../report/markdown-escape';
import { identityMarker, MANAGED_END, MANAGED_START } from './markers';

/** GitHub rejects issue bodies over 65,536 characters. */
export const MAX_ISSUE_BODY_CHARS = 65_536;

export interface BodyFacts {
  readonly key: string;
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

function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function render(facts: BodyFacts, detail: Detail): string {
  const rows: [string, string | undefined][] = [
    ['Severity', facts.severity],
    ['Type', facts.type],
    ['Priority', facts.priority],
    ['Due', facts.due],
    ['Owner', facts.owner],
  ];
  const title = detail === 'minimal' ? cut(facts.incidentTitle, 200) : facts.incidentTitle;
  const lines = [
    MANAGED_START,
    identityMarker(facts.key),
    `**${escapeMarkdown(detail === 'minimal' ? cut(facts.followUpTitle, 200) : facts.followUpTitle)}**`,
    '',
    `Follow-up from incident [${escapeMarkdown(facts.incidentId)}](${facts.incidentUrl}): ${escapeMarkdown(title)}`,
    '',
    '| | |',
    '|---|---|',
    ...rows.filter(([, value]) => value !== undefined).map(([name, value]) => `| ${name} | ${escapeMarkdown(value!)} |`),
  ];
  if (detail === 'full' && facts.impactSummary) lines.push('', `> ${escapeMarkdown(facts.impactSummary)}`);
  lines.push('', `<sub>Filed by incidents-as-code from \`${facts.file.replace(/`/g, '')}\`. Change the follow-up in that file; text outside this block is yours to edit.</sub>`, MANAGED_END);
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
