import { lines, type RuleArea } from './types';

export const VALUES: RuleArea = {
  title: 'Values from the config',
  rules: [
    {
      id: 'severity-value',
      severity: 'error',
      summary: 'severity is one of the severities in .incidents.yml (by default SEV1 to SEV4)',
      why: 'The severity decides which review sections are required and how fast the review is due. A severity the config does not define gets neither, and drops out of every count by severity.',
      wrong: lines('severity: high'),
      right: lines('severity: SEV1'),
    },
    {
      id: 'category-value',
      severity: 'error',
      summary: 'categories and contributing-factor categories come from the taxonomy in .incidents.yml',
      why: 'Trends compare incidents by category; "deployment" and "deploy" would be counted as two different things. Add a new category to the config when none fits.',
      wrong: lines('categories: [deployment]', 'contributing_factors:', '  - category: third_party', '    description: The payment provider timed out.'),
      right: lines('categories: [deploy]', 'contributing_factors:', '  - category: third-party', '    description: The payment provider timed out.'),
    },
    {
      id: 'service-value',
      severity: 'error',
      summary: 'services come from the service catalog in .incidents.yml, when it has one',
      why: 'Repeats and trends are found per service; a name the catalog does not know ("checkout-svc" for "checkout") hides a repeat.',
      wrong: lines('services: [checkout-svc]'),
      right: lines('services: [checkout]'),
    },
  ],
};
