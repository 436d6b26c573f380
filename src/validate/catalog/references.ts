import { lines, type RuleArea } from './types';

export const REFERENCES: RuleArea = {
  title: 'Ids and references',
  rules: [
    {
      id: 'id-format',
      severity: 'error',
      summary: 'the id matches the id pattern: by default the start date and a lowercase slug',
      why: 'Ids name files, link incidents to each other and to their follow-up issues. A predictable form keeps them unique, sortable and easy to type.',
      wrong: lines('id: Checkout Outage'),
      right: lines('id: 2026-03-04-checkout-errors'),
    },
    {
      id: 'id-duplicate',
      severity: 'error',
      summary: 'no two incident files in the repository share an id, even one that differs only in case',
      why: 'Follow-up issues and references find an incident by its id; two incidents with one id get each other\'s issues and links. Ids that differ only in case name files that are one file on macOS and Windows.',
      wrong: lines('# incidents/2026/2026-03-04-checkout-errors.md and', '# incidents/2026/2026-03-04-checkout-errors-2.md both say:', 'id: 2026-03-04-checkout-errors'),
      right: lines('# the second file:', 'id: 2026-03-04-checkout-timeouts'),
    },
    {
      id: 'file-name-mismatch',
      severity: 'warning',
      summary: 'the file is named after its id: <id>.md',
      why: 'People look for an incident by the id they saw in an issue or a chat; a file named otherwise is hard to find.',
      wrong: lines('# incidents/2026/checkout-outage.md', 'id: 2026-03-04-checkout-errors'),
      right: lines('# incidents/2026/2026-03-04-checkout-errors.md', 'id: 2026-03-04-checkout-errors'),
    },
    {
      id: 'reference-unknown',
      severity: 'error',
      summary: 'repeat_of and related name incidents that exist, with did-you-mean',
      why: 'Repeats are how the batch review spots the same failure coming back; a reference to a missing id breaks that chain without anyone noticing.',
      wrong: lines('repeat_of: 2025-11-20-checkout-timeout'),
      right: lines('repeat_of: 2025-11-20-checkout-timeouts'),
    },
    {
      id: 'reference-self',
      severity: 'error',
      summary: 'an incident does not name itself in repeat_of or related',
      why: 'An incident cannot repeat itself; it is usually a copied id where an earlier incident was meant.',
      wrong: lines('id: 2026-03-04-checkout-errors', 'repeat_of: 2026-03-04-checkout-errors'),
      right: lines('id: 2026-03-04-checkout-errors', 'repeat_of: 2025-11-20-checkout-timeouts'),
    },
  ],
};
