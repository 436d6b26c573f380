import { quote } from '../../core/describe';
import type { Finding } from '../../core/finding';
import { defineRule, lines } from '../../core/rule';
import { inIncident, RESOLVED_INCIDENT } from '../../core/rule-examples';
import { atKey, atValue, type IncidentRule } from './context';
import { records, text } from '../../incidents/fields';

/**
 * Each follow-up becomes a GitHub issue, and sync files 50 a run by default:
 * a hundred from one incident is two runs of nothing else. More than that is
 * a backlog or a generated list pasted in, not the remediation of one
 * incident; refusing it also keeps the checks below, and the issue
 * tracker, from doing thousands of things for one file.
 */
export const MAX_FOLLOW_UPS = 100;

export const FOLLOW_UP_ID_DUPLICATE = defineRule({
  id: 'follow-up-id-duplicate',
  severity: 'error',
  summary: 'each follow-up id is used once within its incident',
  why: 'Each id becomes exactly one GitHub issue; two follow-ups with one id would fight over the same issue.',
  wrong: lines(
    'follow_ups:',
    '  - id: alerting',
    '    title: Alert on checkout 5xx rate',
    '    owner: "@alice"',
    '  - id: alerting',
    '    title: Alert on payment latency',
    '    owner: "@bob"',
  ),
  right: lines(
    'follow_ups:',
    '  - id: alert-checkout-5xx',
    '    title: Alert on checkout 5xx rate',
    '    owner: "@alice"',
    '  - id: alert-payment-latency',
    '    title: Alert on payment latency',
    '    owner: "@bob"',
  ),
});

export const FOLLOW_UPS_REQUIRED = defineRule({
  id: 'follow-ups-required',
  severity: 'error',
  summary: 'a reviewed incident lists follow-ups, or says in no_follow_ups_reason why there are none',
  why: 'A review that changes nothing is the first thing to question; writing down why nothing needs doing keeps that a decision, not an oversight.',
  wrong: lines('status: reviewed', 'review:', '  date: 2026-03-10'),
  right: lines(
    'status: reviewed',
    'review:',
    '  date: 2026-03-10',
    'follow_ups:',
    '  - id: canary-analysis',
    '    title: Add canary analysis to payment-gateway deploys',
    '    owner: "@alice"',
  ),
  repository: inIncident({ base: RESOLVED_INCIDENT }),
});

/** '# ... 500 more' made real: the follow-ups between the first and the last shown. */
function moreFixes(shown: string): string {
  const fix = (n: number) => `  - id: fix-${n}\n    title: Fix number ${n}`;
  return shown.replace(/^ *# \.\.\. (\d+) more$/m, (_, count: string) =>
    Array.from({ length: Number(count) - 1 }, (_, i) => fix(i + 2)).join('\n'),
  );
}

export const FOLLOW_UPS_TOO_MANY = defineRule({
  id: 'follow-ups-too-many',
  severity: 'error',
  summary: 'an incident has at most 100 follow-ups',
  why: 'Each follow-up becomes a GitHub issue. Hundreds from one incident are a backlog or a generated list pasted in, not what one review decided; they would flood the tracker and drown the follow-ups that matter.',
  wrong: lines(
    'follow_ups:',
    '  - id: fix-1',
    '    title: Fix number 1',
    '  # ... 500 more',
    '  - id: fix-501',
    '    title: Fix number 501',
  ),
  right: lines(
    'follow_ups:',
    '  - id: canary-analysis',
    '    title: Add canary analysis to payment-gateway deploys',
    '    owner: "@alice"',
    '  - id: alert-checkout-5xx',
    '    title: Alert on checkout 5xx rate',
    '    owner: "@bob"',
  ),
  repository: inIncident({ expand: moreFixes }),
});

export const FOLLOW_UP_OWNER = defineRule({
  id: 'follow-up-owner',
  severity: 'warning',
  summary: 'each open follow-up has an owner',
  why: "Follow-ups that belong to nobody rarely get done, and the owner becomes the issue's assignee.",
  wrong: lines('follow_ups:', '  - id: canary-analysis', '    title: Add canary analysis to payment-gateway deploys'),
  right: lines(
    'follow_ups:',
    '  - id: canary-analysis',
    '    title: Add canary analysis to payment-gateway deploys',
    '    owner: "@alice"',
  ),
});

export const FOLLOW_UP_CLOSED_AT = defineRule({
  id: 'follow-up-closed-at',
  severity: 'warning',
  summary: 'a follow-up marked done or not-planned (and not tracked by an issue) says when, in closed_at',
  why: 'The batch review measures how fast follow-ups get done; without the date a finished follow-up cannot be counted.',
  wrong: lines(
    'follow_ups:',
    '  - id: canary-analysis',
    '    title: Add canary analysis to payment-gateway deploys',
    '    status: done',
  ),
  right: lines(
    'follow_ups:',
    '  - id: canary-analysis',
    '    title: Add canary analysis to payment-gateway deploys',
    '    status: done',
    '    closed_at: 2026-04-02',
  ),
});

/** Follow-up ids unique, reviewed incidents have follow-ups or say why not, closed ones say when. */
export const followUpsRule: IncidentRule = (document) => {
  const findings: Finding[] = [];
  const data = document.data;
  if (Array.isArray(data.follow_ups) && data.follow_ups.length > MAX_FOLLOW_UPS) {
    return [
      atKey(document, ['follow_ups'], {
        rule: FOLLOW_UPS_TOO_MANY,
        message: `follow_ups lists ${data.follow_ups.length.toLocaleString('en-US')} items; one incident may have at most ${MAX_FOLLOW_UPS}`,
        hint: "keep the follow-ups this incident's review decided on, and track a larger backlog in the issue tracker or a project board",
      }),
    ];
  }
  const followUps = records(data.follow_ups);
  // A historical record keeps what its source gave: owners and closing days nobody recorded cannot be asked for.
  const historical = data.historical === true;

  const firstIndex = new Map<string, number>();
  for (const { value: followUp, index } of followUps) {
    const id = followUp.id;
    if (typeof id !== 'string') continue;
    const earlier = firstIndex.get(id);
    if (earlier === undefined) firstIndex.set(id, index);
    else {
      findings.push(
        atValue(document, ['follow_ups', index, 'id'], {
          rule: FOLLOW_UP_ID_DUPLICATE,
          message: `follow-up id ${quote(id)} is used twice in this incident (also follow_ups[${earlier}])`,
          hint: 'give each follow-up its own id; the id links the follow-up to its GitHub issue',
        }),
      );
    }
    const status = followUp.status;
    if (
      !historical &&
      (status === 'done' || status === 'not-planned') &&
      followUp.closed_at === undefined &&
      followUp.issue === undefined
    ) {
      findings.push(
        atValue(document, ['follow_ups', index, 'status'], {
          rule: FOLLOW_UP_CLOSED_AT,
          message: `follow-up ${quote(String(id ?? index))} is ${status} but has no closed_at`,
          hint: 'add closed_at: YYYY-MM-DD so the batch review can measure how fast follow-ups get done',
        }),
      );
    }
    if (!historical && followUp.owner === undefined && status !== 'done' && status !== 'not-planned') {
      findings.push(
        atKey(document, ['follow_ups', index], {
          rule: FOLLOW_UP_OWNER,
          message: `follow-up ${quote(String(id ?? index))} has no owner`,
          hint: 'add owner: "@someone"; follow-ups without an owner rarely get done',
        }),
      );
    }
  }

  const hasList = Array.isArray(data.follow_ups) && data.follow_ups.length > 0;
  if (text(data, 'status') === 'reviewed' && !hasList && data.no_follow_ups_reason === undefined) {
    findings.push(
      atValue(document, [Array.isArray(data.follow_ups) ? 'follow_ups' : 'status'], {
        rule: FOLLOW_UPS_REQUIRED,
        ...(historical ? { severity: 'warning' as const } : {}),
        message: `a reviewed incident needs follow-ups, or a reason why there are none${historical ? ' (a warning: this is a historical record)' : ''}`,
        hint: 'list what will be done under follow_ups (id, title, owner), or add no_follow_ups_reason: "..." explaining why nothing needs doing',
      }),
    );
  }
  return findings;
};
