import { lines, type RuleArea } from './types';

export const FOLLOW_UPS: RuleArea = {
  title: 'Follow-ups',
  rules: [
    {
      id: 'follow-up-id-format',
      severity: 'error',
      summary: 'follow-up ids are slugs: lowercase letters, digits and hyphens',
      why: 'The id links the follow-up to its GitHub issue for good, so it has to be simple, stable text.',
      wrong: lines('follow_ups:', '  - id: Canary Analysis', '    title: Add canary analysis to payment-gateway deploys'),
      right: lines('follow_ups:', '  - id: canary-analysis', '    title: Add canary analysis to payment-gateway deploys'),
    },
    {
      id: 'follow-up-id-duplicate',
      severity: 'error',
      summary: 'each follow-up id is used once within its incident',
      why: 'Each id becomes exactly one GitHub issue; two follow-ups with one id would fight over the same issue.',
      wrong: lines('follow_ups:', '  - id: alerting', '    title: Alert on checkout 5xx rate', '  - id: alerting', '    title: Alert on payment latency'),
      right: lines('follow_ups:', '  - id: alert-checkout-5xx', '    title: Alert on checkout 5xx rate', '  - id: alert-payment-latency', '    title: Alert on payment latency'),
    },
    {
      id: 'follow-ups-required',
      severity: 'error',
      summary: 'a reviewed incident lists follow-ups, or says in no_follow_ups_reason why there are none',
      why: 'A review that changes nothing is the first thing to question; writing down why nothing needs doing keeps that a decision, not an oversight.',
      wrong: lines('status: reviewed', 'review:', '  date: 2026-03-10'),
      right: lines('status: reviewed', 'review:', '  date: 2026-03-10', 'follow_ups:', '  - id: canary-analysis', '    title: Add canary analysis to payment-gateway deploys', '    owner: "@alice"'),
    },
    {
      id: 'follow-ups-too-many',
      severity: 'error',
      summary: 'an incident has at most 100 follow-ups',
      why: 'Each follow-up becomes a GitHub issue. Hundreds from one incident are a backlog or a generated list pasted in, not what one review decided; they would flood the tracker and drown the follow-ups that matter.',
      wrong: lines('follow_ups:', '  - id: fix-1', '    title: Fix number 1', '  # ... 500 more', '  - id: fix-501', '    title: Fix number 501'),
      right: lines('follow_ups:', '  - id: canary-analysis', '    title: Add canary analysis to payment-gateway deploys', '  - id: alert-checkout-5xx', '    title: Alert on checkout 5xx rate'),
    },
    {
      id: 'follow-up-owner',
      severity: 'warning',
      summary: 'each open follow-up has an owner',
      why: 'Follow-ups that belong to nobody rarely get done, and the owner becomes the issue\'s assignee.',
      wrong: lines('follow_ups:', '  - id: canary-analysis', '    title: Add canary analysis to payment-gateway deploys'),
      right: lines('follow_ups:', '  - id: canary-analysis', '    title: Add canary analysis to payment-gateway deploys', '    owner: "@alice"'),
    },
    {
      id: 'follow-up-closed-at',
      severity: 'warning',
      summary: 'a follow-up marked done or not-planned (and not tracked by an issue) says when, in closed_at',
      why: 'The batch review measures how fast follow-ups get done; without the date a finished follow-up cannot be counted.',
      wrong: lines('follow_ups:', '  - id: canary-analysis', '    title: Add canary analysis to payment-gateway deploys', '    status: done'),
      right: lines('follow_ups:', '  - id: canary-analysis', '    title: Add canary analysis to payment-gateway deploys', '    status: done', '    closed_at: 2026-04-02'),
    },
  ],
};
