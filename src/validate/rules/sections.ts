import type { SourceDocument } from '../../incidents/document';
import type { Finding } from '../../core/finding';
import { defineRule, lines } from '../../core/rule';
import { underReview } from '../../core/rule-examples';
import { readHeadings, sectionKey, type Heading } from '../../incidents/markdown/headings';
import { type IncidentRule, type RuleContext } from './context';
import { text } from '../../incidents/fields';
import { unclosedFenceLine } from '../../incidents/markdown/unclosed-fence';
import { readLeadIns } from '../../incidents/markdown/lead-ins';
import { sectionMatcher } from '../section-names';

export const REVIEW_SECTION_MISSING = defineRule({
  id: 'review-section-missing',
  severity: 'error',
  summary:
    'a reviewed incident has the sections its severity requires (review_sections in the config); for a historical record, a warning',
  why: "The sections are what readers look for months later: what happened, who was affected, in what order, and why. Any heading level or case counts, so do the section's aliases (section_aliases in the config, and built-in ones such as Root causes and Action items) and a bold lead-in (**Impact**: ...); headings inside code blocks do not.",
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
  summary: 'a required section has something under its heading',
  why: 'An empty heading looks done but tells the reader nothing. If there really is nothing to say, write "None." so it is clear that was a decision.',
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

function requiredSections(
  document: SourceDocument,
  context: RuleContext,
): { severity: string; sections: readonly string[] } | undefined {
  if (text(document.data, 'status') !== 'reviewed') return undefined;
  const severity = text(document.data, 'severity');
  const config = context.config.severities.find((s) => s.id === severity);
  return config && severity ? { severity, sections: config.reviewSections } : undefined;
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
 * Each required section's heading (or alias), by the section's key; a
 * section with no heading may be a bold lead-in (`**Impact**: ...`), looked
 * for only then.
 */
function findSections(document: SourceDocument, sections: readonly string[], context: RuleContext) {
  const matches = sectionMatcher(context.config);
  const headings = readHeadings(document.body, document.bodyLine);
  const found = new Map<string, Heading>();
  for (const section of sections) {
    const heading = headings.find((h) => matches(section, h.text));
    if (heading) found.set(sectionKey(section), heading);
  }
  if (found.size < new Set(sections.map(sectionKey)).size) {
    const leadIns = readLeadIns(document.body, document.bodyLine);
    for (const section of sections) {
      const leadIn = found.has(sectionKey(section)) ? undefined : leadIns.find((l) => matches(section, l.text));
      if (leadIn) found.set(sectionKey(section), { depth: 0, ...leadIn });
    }
  }
  return { headings, found };
}

/** A reviewed incident has the review sections its severity requires; a historical record is warned, not failed. */
export const sectionsRule: IncidentRule = (document, context) => {
  const required = requiredSections(document, context);
  if (!required) return [];
  const historical = document.data.historical === true;
  const { headings, found } = findSections(document, required.sections, context);
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
      const { line, where } = placement(index, required.sections, found, document);
      findings.push({
        file: document.file,
        line,
        column: 1,
        rule: REVIEW_SECTION_MISSING.id,
        severity: historical ? 'warning' : REVIEW_SECTION_MISSING.severity,
        message: `missing section '${section}': a reviewed ${required.severity} incident needs it${historical ? ' (a warning: this is a historical record)' : ''}`,
        hint: `add a '${depth} ${section}' heading ${where}; ${required.severity} reviews need ${required.sections.join(', ')}${fenceNote()}`,
      });
    } else if (!heading.hasContent) {
      findings.push({
        file: document.file,
        ...heading.position,
        rule: REVIEW_SECTION_EMPTY.id,
        severity: REVIEW_SECTION_EMPTY.severity,
        message: `section '${heading.text}' is empty`,
        hint: `write what belongs under '${heading.text}', or 'None.' if there really is nothing`,
      });
    }
  });
  return findings;
};
