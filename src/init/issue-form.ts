import { DEFAULT_SEVERITIES } from '../config/defaults';
import { DECLARE_LABEL, FORM } from '../declare/plan';
import type { InitAnswers } from './answers';

const quoted = (text: string) => JSON.stringify(text);

/** The form's label for a question `declare` reads (declare compares them lower-cased). */
function label(question: string): string {
  return question.charAt(0).toUpperCase() + question.slice(1);
}

/**
 * The "Declare an incident" issue form, with the program's severities. Its
 * labels are the questions `declare` reads (declare/plan.ts FORM), and it
 * sets the label that makes an issue a declaration.
 */
export function renderIssueForm(answers: InitAnswers): string {
  const meanings = answers.severities
    .map((id) => {
      const known = DEFAULT_SEVERITIES.find((s) => s.id === id);
      return known ? `${id}: ${known.description}` : undefined;
    })
    .filter((text): text is string => text !== undefined);
  return [
    '# Written by `incidents init`. The labels of the fields are what `declare` reads: keep them.',
    'name: Declare an incident',
    'description: Something is broken for users (or nearly was). This opens a pull request with the incident file; you can fill in the rest later.',
    'title: "[Incident]: "',
    `labels: [${DECLARE_LABEL}]`,
    'body:',
    '  - type: markdown',
    '    attributes:',
    '      value: |',
    '        Fill in what you know now; everything can be corrected later in the pull request. It takes two minutes.',
    '  - type: dropdown',
    `    id: severity`,
    '    attributes:',
    `      label: ${label(FORM.severity)}`,
    `      description: ${quoted(meanings.length ? meanings.join(' ') : 'See .incidents.yml for what each severity means.')}`,
    `      options: [${answers.severities.join(', ')}]`,
    '    validations:',
    '      required: true',
    '  - type: input',
    '    id: started',
    '    attributes:',
    `      label: ${label(FORM.started)}`,
    '      description: "now, 30m ago, 2h ago, 14:05 (UTC today) or a timestamp like 2026-03-04T09:12Z"',
    '      placeholder: 30m ago',
    '    validations:',
    '      required: true',
    '  - type: input',
    '    id: services',
    '    attributes:',
    `      label: ${label(FORM.services)}`,
    `      description: ${quoted(answers.services.length ? `Comma-separated, from: ${answers.services.join(', ')}.` : 'Comma-separated service names.')}`,
    `      placeholder: ${answers.services.slice(0, 2).join(', ') || 'checkout, payments'}`,
    '  - type: input',
    '    id: commander',
    '    attributes:',
    `      label: ${label(FORM.commander)}`,
    '      description: The GitHub handle of the person coordinating the response.',
    '      placeholder: "@alice"',
    '  - type: textarea',
    '    id: summary',
    '    attributes:',
    `      label: ${label(FORM.summary)}`,
    '      description: What users see, in one or two sentences.',
    '',
  ].join('\n');
}
