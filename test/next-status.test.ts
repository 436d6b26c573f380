import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../src/config/resolve';
import { parseDocument } from '../src/incidents/parse-document';
import { describeNextStatus, nextStatus } from '../src/validate/next-status';

function doc(frontmatter: string, body = '# Summary\n\nSomething broke.\n') {
  const parsed = parseDocument('incidents/x.md', 'incident', Buffer.from(`---\n${frontmatter}---\n${body}`));
  return parsed.document!;
}

const next = (frontmatter: string, body?: string) =>
  describeNextStatus(nextStatus(doc(frontmatter, body), DEFAULT_CONFIG));

describe('what an incident needs for its next status, in plain words', () => {
  it('asks an investigating incident for detection and mitigation times', () => {
    expect(next('status: investigating\nseverity: SEV2\n')).toBe(
      'To mark this mitigated: add when it was detected (detected_at) and when user impact stopped (mitigated_at).',
    );
  });

  it('asks a mitigated incident for its resolution time', () => {
    expect(next('status: mitigated\nseverity: SEV2\n')).toBe(
      'To mark this resolved: add when the cause was fixed (resolved_at).',
    );
  });

  it('lists the missing review sections, the review date and follow-ups for a resolved incident', () => {
    expect(
      next(
        'status: resolved\nseverity: SEV2\n',
        '# Summary\n\nSomething broke.\n\n## Impact\n\n## Timeline\n\n- 09:12 it broke\n',
      ),
    ).toBe(
      'To mark this reviewed: add Impact, Contributing factors and Follow-ups sections with content, a review date (review.date) and follow-ups (or no_follow_ups_reason).',
    );
    expect(
      next('status: resolved\nseverity: SEV4\nreview: { date: 2026-03-10 }\nno_follow_ups_reason: nothing to do\n'),
    ).toBe('Ready to mark reviewed: set status: reviewed.');
  });

  it('says a reviewed incident is complete', () => {
    expect(next('status: reviewed\nseverity: SEV4\n')).toBe('Reviewed: the record is complete.');
  });
});
