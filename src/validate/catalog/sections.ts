import { lines, type RuleArea } from './types';

export const SECTIONS: RuleArea = {
  title: 'Review sections',
  rules: [
    {
      id: 'review-section-missing',
      severity: 'error',
      summary: 'a reviewed incident has the sections its severity requires (review_sections in the config)',
      why: 'The sections are what readers look for months later: what happened, who was affected, in what order, and why. Any heading level or case counts; headings inside code blocks do not.',
      wrong: lines('## Summary', 'Checkout failed for 8% of customers.', '', '## Contributing factors', 'The flag was enabled globally.'),
      right: lines('## Summary', 'Checkout failed for 8% of customers.', '', '## Timeline', '- 09:12 deploy of payments-gateway 4.2', '- 09:20 alert checkout-5xx-rate fires', '', '## Contributing factors', 'The flag was enabled globally.'),
      language: 'markdown',
    },
    {
      id: 'review-section-empty',
      severity: 'warning',
      summary: 'a required section has something under its heading',
      why: 'An empty heading looks done but tells the reader nothing. If there really is nothing to say, write "None." so it is clear that was a decision.',
      wrong: lines('## Impact', '', '## Timeline'),
      right: lines('## Impact', 'About 8% of checkouts failed for 31 minutes; 1,200 customers saw an error.', '', '## Timeline'),
      language: 'markdown',
    },
  ],
};
