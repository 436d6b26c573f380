import { MAX_ISSUE_TITLE_CHARS } from '../../core/github-limits';
import type { Finding } from '../../core/finding';
import { defineRule, lines } from '../../core/rule';
import { atValue, type IncidentRule } from './context';
import { text } from '../../incidents/fields';

/**
 * GitHub's own limit for an issue title. An incident's title is read where
 * issue titles are (lists, pull request comments, review tables), and one
 * declared from an issue keeps the issue's title, so the same limit fits;
 * anything longer is a paragraph pasted into the wrong field.
 */
export const MAX_TITLE_LENGTH = MAX_ISSUE_TITLE_CHARS;

export const TITLE_FORMAT = defineRule({
  id: 'title-format',
  severity: 'error',
  summary: 'the title is one line of at most 256 characters, and not blank',
  why: "The title is what lists, pull request comments and review tables show for the incident; a paragraph or a blank there helps nobody find it. 256 characters is GitHub's own limit for an issue title.",
  wrong: lines(
    'title: |',
    '  Checkout errors',
    '  after the payment-gateway deploy broke the flag rollout in every region',
  ),
  right: lines(
    'title: Checkout errors after payment-gateway deploy',
    'impact:',
    '  summary: The flag rollout broke checkout in every region.',
  ),
});

/** The title is one line of readable length, not blank. */
export const titleRule: IncidentRule = (document) => {
  const title = text(document.data, 'title');
  if (title === undefined || title === '') return []; // missing, not text, or empty: the schema says so
  const findings: Finding[] = [];
  const length = [...title].length;
  const lines = title.trimEnd().split(/\r?\n/).length;
  if (title.trim() === '') {
    findings.push(
      atValue(document, ['title'], {
        rule: TITLE_FORMAT,
        message: 'title is blank',
        hint: "write one line that says what users experienced, like 'Checkout errors after payment-gateway deploy'",
      }),
    );
  } else if (lines > 1) {
    findings.push(
      atValue(document, ['title'], {
        rule: TITLE_FORMAT,
        message: `title spans ${lines} lines; it must be one line`,
        hint: 'write the title on one line after title:, and move the rest to impact.summary or the Summary section',
      }),
    );
  }
  if (length > MAX_TITLE_LENGTH) {
    findings.push(
      atValue(document, ['title'], {
        rule: TITLE_FORMAT,
        message: `title is ${length.toLocaleString('en-US')} characters long; the limit is ${MAX_TITLE_LENGTH}`,
        hint: 'keep the title to what users experienced, in one short line; move the details to impact.summary or the Summary section',
      }),
    );
  }
  return findings;
};
