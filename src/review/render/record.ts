import yaml from 'js-yaml';
import type { ReviewReport } from '../report';
import { renderReviewMarkdown } from './markdown';

/** The generated part of a review record; people write around it, and re-runs replace only it. */
export const RECORD_START =
  '<!-- incidents-as-code:review:start (generated: edits between these markers are replaced when the review is regenerated) -->';
export const RECORD_END = '<!-- incidents-as-code:review:end -->';
const GENERATED = /<!-- incidents-as-code:review:start[^\n]*?-->[\s\S]*?<!-- incidents-as-code:review:end -->/;
const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n---\r?\n/;

const NOTES = [
  '## Notes from the review meeting',
  '',
  '<!-- What did the group see in the numbers above? What surprised people? -->',
  '',
  '## Decisions',
  '',
  '<!-- What will we do about each theme, who owns it, by when? Record them under themes: in the frontmatter too. -->',
  '',
];

export function recordFrontmatter(report: ReviewReport): Record<string, unknown> {
  return {
    period: report.period.label,
    from: report.period.from,
    to: report.period.to,
    generated_at: report.generated_at.replace(/\.\d{3}Z$/, 'Z'),
    incidents: report.incidents.ids,
    themes: report.recurring_follow_ups.map((t) => ({
      title: `${t.theme}: proposed in ${t.incidents.length} incidents, done ${t.done} of ${t.follow_ups.length} times`,
      incidents: [...t.incidents],
    })),
    attendees: [],
  };
}

function dump(frontmatter: Record<string, unknown>): string {
  // Quoted strings: dates and ids stay strings when read back with any YAML parser.
  return yaml.dump(frontmatter, { lineWidth: -1, quotingType: '"', forceQuotes: true, noRefs: true });
}

/**
 * The batch review record (incidents/reviews/<period>.md): frontmatter that
 * validates against the review schema, the generated summary, then empty
 * sections for the meeting. Given the record as it is now, people's notes,
 * attendees and decisions are kept.
 */
export function renderReviewRecord(report: ReviewReport, existing?: string): string {
  // The record has its own title: drop the summary's and move its sections one level down.
  const summary = renderReviewMarkdown(report)
    .replace(/^# [^\n]*\n/, '')
    .replace(/\n#/g, '\n##');
  const generated = `${RECORD_START}\n${summary}\n${RECORD_END}`;
  if (existing && GENERATED.test(existing)) {
    const previous = existing.match(FRONTMATTER)?.[0];
    const kept = previous
      ? (yaml.load(previous.replace(/^---\r?\n|---\r?\n$/g, ''), { schema: yaml.CORE_SCHEMA }) as Record<
          string,
          unknown
        >)
      : {};
    const frontmatter = {
      ...recordFrontmatter(report),
      ...(kept.attendees ? { attendees: kept.attendees } : {}),
      ...(Array.isArray(kept.themes) && kept.themes.some((t) => (t as { decision?: unknown }).decision)
        ? { themes: kept.themes }
        : {}),
    };
    const body = existing.replace(FRONTMATTER, '').replace(GENERATED, () => generated);
    return `---\n${dump(frontmatter)}---\n${body}`;
  }
  return `---\n${dump(recordFrontmatter(report))}---\n# Batch review ${report.period.label}\n\n${generated}\n\n${NOTES.join('\n')}`;
}
