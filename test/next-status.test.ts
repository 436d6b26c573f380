import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../src/config/resolve';
import { parseDocument } from '../src/incidents/parse-document';
import { describeNextStatus, nextStatus } from '../src/validate/next-status';

function doc(frontmatter: string, body = '# Summary\n\nSomething broke.\n') {
  const parsed = parseDocument('incidents/x.md', 'incident', Buffer.from(`---\n${frontmatter}---\n${body}`));
  return parsed.document!;
}

const next = (frontmatter: string, body?: string, errors = 0) =>
  describeNextStatus(nextStatus(doc(frontmatter, body), DEFAULT_CONFIG), errors);

const TIMES =
  'started_at: 2026-03-04T09:12:00Z\ndetected_at: 2026-03-04T09:20:00Z\nmitigated_at: 2026-03-04T09:51:00Z\n';

describe('what an incident needs for its next status, in plain words', () => {
  it('asks an investigating incident for detection and mitigation times', () => {
    expect(next('status: investigating\nseverity: SEV2\n')).toBe(
      'To mark this mitigated: add the time it was detected (detected_at) and the time user impact stopped (mitigated_at).',
    );
  });

  it('asks a mitigated incident for its resolution time', () => {
    expect(next(`status: mitigated\nseverity: SEV2\n${TIMES}`)).toBe(
      'To mark this resolved: add the time the cause was fixed (resolved_at).',
    );
  });

  it('names the field the current status lacks before what the next one needs', () => {
    expect(
      next('status: mitigated\nseverity: SEV2\nstarted_at: 2026-03-04T09:12:00Z\ndetected_at: 2026-03-04T09:20:00Z\n'),
    ).toBe(
      'Marked mitigated, but it still needs the time user impact stopped (mitigated_at). Then, to mark this resolved: add the time the cause was fixed (resolved_at).',
    );
  });

  it('lists the missing review sections, the review date and follow-ups for a resolved incident', () => {
    const resolved = `status: resolved\nseverity: SEV2\n${TIMES}resolved_at: 2026-03-04T11:02:00Z\n`;
    expect(next(resolved, '# Summary\n\nSomething broke.\n\n## Impact\n\n## Timeline\n\n- 09:12 it broke\n')).toBe(
      'To mark this reviewed: add Impact, Contributing factors and Follow-ups sections with content, a review date (review.date) and follow-ups (or no_follow_ups_reason).',
    );
    const ready = `${resolved.replace('SEV2', 'SEV4')}review: { date: 2026-03-10 }\nno_follow_ups_reason: nothing to do\n`;
    expect(next(ready)).toBe('Ready to mark reviewed: set status: reviewed.');
    expect(next(ready, undefined, 2)).toBe(
      'Ready to mark reviewed once the 2 errors above are fixed: then set status: reviewed.',
    );
  });

  it('a section holding only the template comment is not content', () => {
    const resolved = `status: resolved\nseverity: SEV4\n${TIMES}resolved_at: 2026-03-04T11:02:00Z\nreview: { date: 2026-03-10 }\nno_follow_ups_reason: nothing to do\n`;
    expect(next(resolved, '# Summary\n\n<!-- What is happening, in two or three sentences. -->\n')).toBe(
      'To mark this reviewed: add a Summary section with content.',
    );
  });

  it('calls a reviewed incident complete only when it lacks nothing and has no errors', () => {
    const reviewed = `status: reviewed\nseverity: SEV4\n${TIMES}resolved_at: 2026-03-04T11:02:00Z\nreview: { date: 2026-03-10 }\nno_follow_ups_reason: nothing to do\n`;
    expect(next(reviewed)).toBe('Reviewed: the record is complete.');
    expect(next(reviewed, undefined, 1)).toBe('Marked reviewed, but not complete until the error above is fixed.');
    expect(next(reviewed.replace('SEV4', 'SEV3'), undefined, 2)).toBe(
      'Marked reviewed, but not complete: it still needs Timeline and Follow-ups sections with content.',
    );
    expect(next('status: reviewed\nseverity: SEV4\n')).toBe(
      'Marked reviewed, but not complete: it still needs the time it was detected (detected_at), the time user impact stopped (mitigated_at), the time the cause was fixed (resolved_at), a review date (review.date) and follow-ups (or no_follow_ups_reason).',
    );
  });
});
