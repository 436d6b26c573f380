import type { SourceDocument } from '../../incidents/document';
import type { Finding } from '../../core/finding';
import { defineRule, lines } from '../../core/rule';
import { underReview } from '../../core/rule-examples';
import { readHeadings, sectionKey, sectionsWithContent, type Heading } from '../../incidents/markdown/headings';
import { type IncidentRule, type RuleContext } from './context';
import { didYouMean } from '../../core/suggest';
import { text } from '../../incidents/fields';
import { unclosedFenceLine } from '../../incidents/markdown/unclosed-fence';
import { readLeadIns } from '../../incidents/markdown/lead-ins';
import { sectionMatcher } from '../section-names';

export const REVIEW_SECTION_MISSING = defineRule({
  id: 'review-section-missing',
  severity: 'error',
  summary:
    'a reviewed incident has the sections its severity requires (review_sections in the config); for a historical record, a warning',
  why: "The sections are what readers look for months later: what happened, who was affected, in what order, and why. Any heading level or case counts, so do the section's aliases (section_aliases in the config, and built-in ones such as Root causes and Action items), a trailing '(...)' and a bold lead-in (**Impact**: ...); headings inside code blocks do not. A heading one typo away from a required one is named in the finding; for a severity the config does not define, the sections every severity requires are checked.",
  wrong: lines(
    '## Summary',
    'Checkout failed for 8% of customers.',
    '',
    '## Contributing factors',
    'The flag was enabled globally.',
  ),
  right: lines(
    '## Summary',
    'Checkout failed for 8% of customers.',
    '',
    '## Timeline',
    '- 09:12 deploy of payments-gateway 4.2',
    '- 09:20 alert checkout-5xx-rate fires',
    '',
    '## Contributing factors',
    'The flag was enabled globally.',
  ),
  language: 'markdown',
  repository: underReview(['Summary', 'Timeline', 'Contributing factors']),
});

export const REVIEW_SECTION_EMPTY = defineRule({
  id: 'review-section-empty',
  severity: 'warning',
  summary:
    "a required section has something under its heading (a comment, such as the template's guidance, does not count)",
  why: 'An empty heading looks done but tells the reader nothing, and a comment is not shown to readers at all. If there really is nothing to say, write "None." so it is clear that was a decision.',
  wrong: lines('## Impact', '', '## Timeline'),
  right: lines(
    '## Impact',
    'About 8% of checkouts failed for 31 minutes; 1,200 customers saw an error.',
    '',
    '## Timeline',
  ),
  language: 'markdown',
  repository: underReview(['Impact']),
});

/** The sections a reviewed incident must have: its severity's, or (for a severity the config does not define) those every severity asks for. */
interface Required {
  readonly severity: string;
  readonly sections: readonly string[];
  /** The severity is not in the config: these are the sections every severity requires. */
  readonly unknownSeverity: boolean;
}

/** The sections every severity of the config requires, in the order the first lists them. */
export function sectionsEverySeverityNeeds(config: RuleContext['config']): string[] {
  const [first, ...rest] = config.severities;
  if (!first) return [];
  return first.reviewSections.filter((section) =>
    rest.every((s) => s.reviewSections.some((other) => sectionKey(other) === sectionKey(section))),
  );
}

/**
 * For a reviewed incident whose severity the config does not define: what
 * each severity asks for beyond the sections every severity needs, so the
 * writer learns it now rather than after fixing the severity.
 */
export function sectionsBySeverityNote(config: RuleContext['config']): string {
  const common = new Set(sectionsEverySeverityNeeds(config).map(sectionKey));
  const extra = config.severities
    .map((s) => ({ id: s.id, sections: s.reviewSections.filter((section) => !common.has(sectionKey(section))) }))
    .filter((s) => s.sections.length > 0);
  if (extra.length === 0) return '';
  return `; the other review sections depend on the severity: ${extra.map((s) => `${s.id} also needs ${s.sections.join(', ')}`).join('; ')}`;
}

function requiredSections(document: SourceDocument, context: RuleContext): Required | undefined {
  if (text(document.data, 'status') !== 'reviewed') return undefined;
  const severity = text(document.data, 'severity');
  if (severity === undefined) return undefined;
  const config = context.config.severities.find((s) => s.id === severity);
  if (config) return { severity, sections: config.reviewSections, unknownSeverity: false };
  return { severity, sections: sectionsEverySeverityNeeds(context.config), unknownSeverity: true };
}

function usualDepth(headings: readonly Heading[]): number {
  const depths = headings.map((h) => h.depth).filter((d) => d > 1);
  // reduce, not Math.min(...depths): a file can hold more headings than a call takes arguments.
  return depths.length ? depths.reduce((least, d) => Math.min(least, d)) : 2;
}

/** Where a missing section belongs: before the next required section present, else after the previous one. */
function placement(
  missingIndex: number,
  sections: readonly string[],
  found: ReadonlyMap<string, Heading>,
  document: SourceDocument,
): { line: number; where: string } {
  for (const later of sections.slice(missingIndex + 1)) {
    const heading = found.get(sectionKey(later));
    if (heading)
      return {
        line: heading.position.line,
        where: `before the '${heading.text}' section (line ${heading.position.line})`,
      };
  }
  for (const earlier of sections.slice(0, missingIndex).reverse()) {
    const heading = found.get(sectionKey(earlier));
    if (heading)
      return {
        line: heading.position.line,
        where: `after the '${heading.text}' section (line ${heading.position.line})`,
      };
  }
  // An empty body starts after the last line of the file: point at the closing '---' instead.
  if (document.body.trim() === '')
    return { line: document.bodyLine - 1, where: "below the frontmatter's closing '---' (the file has no body yet)" };
  return { line: document.bodyLine, where: 'in the Markdown body below the frontmatter' };
}

/**
 * A heading that is not a required section but is one typo away from a
 * missing one ('## Timline'): renaming it is the fix, not adding another.
 * Each heading answers for one missing section at most.
 */
function nearMiss(section: string, headings: readonly Heading[], taken: Set<Heading>, required: ReadonlySet<string>) {
  return headings.find(
    (heading) =>
      !taken.has(heading) &&
      !required.has(sectionKey(heading.text)) &&
      sectionKey(heading.text) !== '' &&
      didYouMean(heading.text, [section]) !== undefined,
  );
}

/** Whether the lines under an empty section's heading hold a comment: readers of the rendered page never see one. */
function holdsComment(document: SourceDocument, heading: Heading, headings: readonly Heading[]): boolean {
  const next = headings.find((h) => h.position.line > heading.position.line);
  const lines = document.body.split('\n');
  const from = heading.position.line - document.bodyLine + 1;
  const to = next ? next.position.line - document.bodyLine : lines.length;
  return lines.slice(from, to).some((line) => line.includes('<!--'));
}

const HISTORICAL = ' (a warning: this is a historical record)';

function whoNeeds(required: Required): string {
  return required.unknownSeverity
    ? `a reviewed incident needs it, whatever its severity`
    : `a reviewed ${required.severity} incident needs it`;
}

function whatReviewsNeed(required: Required): string {
  return required.unknownSeverity
    ? `every severity's review needs ${required.sections.join(', ')}`
    : `${required.severity} reviews need ${required.sections.join(', ')}`;
}

/**
 * Each required section's heading (or one of its aliases), by the
 * section's key; a section with no heading may be a bold lead-in
 * (`**Impact**: ...`), looked for only then, so the common case parses
 * nothing more.
 */
function findSections(document: SourceDocument, sections: readonly string[], context: RuleContext) {
  const matches = sectionMatcher(context.config);
  const headings = readHeadings(document.body, document.bodyLine);
  const found = new Map<string, Heading>();
  const leadIns: Heading[] = [];
  for (const section of sections) {
    const heading = headings.find((h) => matches(section, h.text));
    if (heading) found.set(sectionKey(section), heading);
  }
  if (found.size < new Set(sections.map(sectionKey)).size) {
    const all = readLeadIns(document.body, document.bodyLine);
    for (const section of sections) {
      const leadIn = found.has(sectionKey(section)) ? undefined : all.find((l) => matches(section, l.text));
      if (!leadIn) continue;
      const heading: Heading = { depth: 0, ...leadIn, hasOwnContent: leadIn.hasContent };
      found.set(sectionKey(section), heading);
      leadIns.push(heading);
    }
  }
  return { headings, found, leadIns };
}

/** A reviewed incident has the review sections its severity requires; a historical record is warned, not failed. */
export const sectionsRule: IncidentRule = (document, context) => {
  const required = requiredSections(document, context);
  if (!required) return [];
  const historical = document.data.historical === true;
  const { headings, found, leadIns } = findSections(document, required.sections, context);
  // A heading that stands for a required section (under an alias too) bounds the content of the one before it.
  const requiredKeys = new Set([
    ...required.sections.map(sectionKey),
    ...[...found.values()].map((h) => sectionKey(h.text)),
  ]);
  const withContent = sectionsWithContent(headings, requiredKeys);
  for (const leadIn of leadIns) if (leadIn.hasContent) withContent.add(leadIn);
  const taken = new Set<Heading>();
  const depth = '#'.repeat(usualDepth(headings));
  const findings: Finding[] = [];
  let fence: number | undefined | null = null;
  const fenceNote = () => {
    if (fence === null) fence = unclosedFenceLine(document.body, document.bodyLine);
    return fence === undefined
      ? ''
      : ` (the code block opened on line ${fence} is never closed, so every heading after it is code)`;
  };
  required.sections.forEach((section, index) => {
    const heading = found.get(sectionKey(section));
    if (!heading) {
      const near = nearMiss(section, headings, taken, requiredKeys);
      if (near) {
        taken.add(near);
        const marks = '#'.repeat(near.depth);
        findings.push({
          file: document.file,
          ...near.position,
          rule: REVIEW_SECTION_MISSING.id,
          severity: historical ? 'warning' : REVIEW_SECTION_MISSING.severity,
          message: `missing section '${section}': ${whoNeeds(required)}${historical ? HISTORICAL : ''}; did you mean the heading '${near.text}' (line ${near.position.line})?`,
          hint: `rename '${marks} ${near.text}' to '${marks} ${section}'`,
        });
        return;
      }
      const { line, where } = placement(index, required.sections, found, document);
      findings.push({
        file: document.file,
        line,
        column: 1,
        rule: REVIEW_SECTION_MISSING.id,
        severity: historical ? 'warning' : REVIEW_SECTION_MISSING.severity,
        message: `missing section '${section}': ${whoNeeds(required)}${historical ? HISTORICAL : ''}`,
        hint: `add a '${depth} ${section}' heading ${where}, and what belongs under it; ${whatReviewsNeed(required)}${fenceNote()}`,
      });
    } else if (!withContent.has(heading)) {
      const comment = holdsComment(document, heading, headings);
      findings.push({
        file: document.file,
        ...heading.position,
        rule: REVIEW_SECTION_EMPTY.id,
        severity: REVIEW_SECTION_EMPTY.severity,
        message: `section '${heading.text}' is empty${comment ? ': it holds only a comment, which readers never see' : ''}`,
        hint: `write what belongs under '${heading.text}', or 'None.' if there really is nothing`,
      });
    }
  });
  return findings;
};
