import type { NewIncident } from './answers';

/** What the writer does next, printed right after the file is written: the whole path to `reviewed`. */
export function renderNextSteps(file: string, incident: NewIncident): string {
  const sections = incident.severity.reviewSections;
  const fillNow = ['the Summary', 'how it was noticed (detection.method)'];
  if (!incident.commander) fillNow.push('who coordinates (roles.incident_commander)');
  if (incident.services.length === 0) fillNow.push('the services affected');
  return [
    `✔ Created ${file}`,
    ...(incident.detected
      ? []
      : [
          'detected_at is left out: nobody said when impact was detected, and time to detect cannot be measured without it.',
          'Add it when you know (the first alert, or when someone noticed).',
        ]),
    '',
    'Next:',
    `  1. Open it and fill in ${fillNow.join(', ')}; the <!-- comments --> say what goes where.`,
    `  2. Check it:  npx incidents validate ${file}`,
    '  3. Commit it and open a pull request, so everyone follows the same record.',
    '',
    'As the incident moves on, change status: and add',
    '  mitigated  when user impact stops: mitigated_at',
    '  resolved   when the cause is fixed: resolved_at',
    `  reviewed   after the review meeting: review.date, follow_ups (or no_follow_ups_reason)${sections.length ? `, and the ${incident.severity.id} sections with content: ${sections.join(', ')}` : ''}`,
    '',
  ].join('\n');
}
