import { DEFAULT_CATEGORIES, DEFAULT_SEVERITIES } from '../config/defaults';
import type { InitAnswers } from './answers';
import { CONFIG_SCHEMA_PATH } from './editor';

const yamlString = (text: string) => JSON.stringify(text);

function severityBlock(id: string, index: number, count: number): string[] {
  const known = DEFAULT_SEVERITIES.find((s) => s.id === id);
  // A severity we know nothing about gets the default of the same rank: the adopter edits the wording.
  const like = known ?? DEFAULT_SEVERITIES[Math.min(index, DEFAULT_SEVERITIES.length - 1)]!;
  const description =
    known?.description ?? `TODO: say when an incident is ${id}, so a responder can choose under stress.`;
  return [
    `  - id: ${id}`,
    `    description: ${yamlString(description)}`,
    `    review_within: ${like.reviewWithinDays}d`,
    `    review_sections: [${like.reviewSections.join(', ')}]`,
    ...(index === count - 1 ? [] : ['']),
  ];
}

function categoryLine(id: string): string[] {
  const known = DEFAULT_CATEGORIES.find((c) => c.id === id);
  return [`  - id: ${id}`, `    description: ${yamlString(known?.description ?? `TODO: what counts as ${id}.`)}`];
}

/** `.incidents.yml` for a new program: every choice commented, so the file explains itself. */
export function renderConfigFile(answers: InitAnswers): string {
  const services = answers.services.length
    ? [
        '# The service catalog: services in incident files must come from it (with did-you-mean), and',
        '# `incidents new` offers them as completions. Give each an owner to route follow-ups.',
        'services:',
        ...answers.services.flatMap((id) => [`  - id: ${id}`, '    # owner: "@your-org/team"']),
      ]
    : [
        '# The service catalog (optional): with it, services in incident files must come from the list.',
        '# services:',
        '#   - id: checkout',
        '#     owner: "@your-org/checkout"',
      ];
  return [
    `# yaml-language-server: $schema=${CONFIG_SCHEMA_PATH}`,
    '# The incident program: what each severity means and requires, the taxonomy incidents are',
    '# filed under, and the services. Every key is optional; `incidents explain` and the docs say more.',
    '',
    '# Where incident files live (any *.md below it); batch review records go to reviews_dir.',
    'incidents_dir: incidents',
    'reviews_dir: incidents/reviews',
    '',
    '# Severities, most severe first. Write each description so a responder can choose under stress.',
    '# review_within: how soon after resolution the review is due (the batch review lists late ones).',
    '# review_sections: the headings a reviewed incident of that severity must have.',
    'severities:',
    ...answers.severities.flatMap((id, index) => severityBlock(id, index, answers.severities.length)),
    '',
    '# The taxonomy: a short list people can tell apart. The batch review counts categories and',
    '# contributing factors over time, so a category nobody uses tells you nothing.',
    'categories:',
    ...answers.categories.flatMap(categoryLine),
    '',
    ...services,
    '',
    '# Follow-ups become GitHub issues on pushes to the default branch, labelled with this label.',
    'follow_ups:',
    '  label: follow-up',
    '',
    '# Goals: the investment thesis, shown with its trend in every batch review. For example:',
    '# goals:',
    '#   - name: Fast mitigation',
    '#     metric: time_to_mitigate',
    '#     stat: p50',
    `#     where: { severity: [${answers.severities.slice(0, 2).join(', ')}] }`,
    '#     target: "<= 30m"',
    '',
  ].join('\n');
}
