/**
 * What a postmortem's section is about, from its heading, in the words of
 * the common templates: the Google SRE book's example postmortem,
 * PagerDuty's and Atlassian's published templates, this project's own, and
 * the usual variants teams write.
 */
export type SectionKind =
  | 'summary'
  | 'impact'
  | 'timeline'
  | 'factors'
  | 'resolution'
  | 'detection'
  | 'actions'
  | 'lessons'
  | 'other';

const KINDS: readonly [SectionKind, readonly string[]][] = [
  [
    'actions',
    [
      'action items',
      'action item',
      'actions',
      'follow ups',
      'followups',
      'follow up items',
      'follow up tasks',
      'follow up actions',
      'review actions',
      'corrective actions',
      'corrective and preventative actions',
      'corrective and preventive actions',
      'preventive actions',
      'preventative actions',
      'remediation items',
      'remediations',
      'remediation',
      'next steps',
      'action plan',
      'tasks',
      'todo',
      'to do',
    ],
  ],
  [
    'timeline',
    [
      'timeline',
      'key events',
      'chronology',
      'timeline of events',
      'sequence of events',
      'incident timeline',
      'detailed timeline',
      'events',
    ],
  ],
  [
    'factors',
    [
      'root cause',
      'root causes',
      'contributing factors',
      'contributing factor',
      'causes',
      'cause',
      'trigger',
      'five whys',
      '5 whys',
      'blameless root cause',
      'root cause analysis',
      'what caused it',
      'analysis',
      'fault',
      'leadup',
      'lead up',
    ],
  ],
  [
    'summary',
    [
      'summary',
      'incident summary',
      'executive summary',
      'overview',
      'tl dr',
      'tldr',
      'what happened',
      'description',
      'abstract',
      'background',
    ],
  ],
  ['impact', ['impact', 'customer impact', 'user impact', 'business impact', 'who was affected', 'impact assessment']],
  ['detection', ['detection', 'how was it detected', 'how we found out', 'how it was detected']],
  [
    'resolution',
    ['resolution', 'mitigation', 'recovery', 'response', 'resolution and recovery', 'fix', 'how it was fixed'],
  ],
  [
    'lessons',
    [
      'lessons learned',
      'lessons learnt',
      'what went well',
      'what went wrong',
      'where we got lucky',
      'what didn t go so well',
      'what did not go well',
      'what could have gone better',
      'how d we do',
      'things that went well',
      'things that went wrong',
      'learnings',
    ],
  ],
];

/** "Root Cause(s):" -> "root cause s"; "Contributing Factors (findings)" -> "contributing factors". */
export function headingWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/\([^)]*\)\s*$/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const LOOKUP = new Map<string, SectionKind>(KINDS.flatMap(([kind, names]) => names.map((n) => [n, kind] as const)));

/** The kind of a section from its heading: exact words first, then a heading that starts with a known one ("Action items and owners"). */
export function sectionKind(heading: string): SectionKind {
  const words = headingWords(heading).replace(/^\d+\s+/, '');
  const exact = LOOKUP.get(words) ?? LOOKUP.get(words.replace(/ s$/, ''));
  if (exact) return exact;
  for (const [kind, names] of KINDS)
    if (names.some((name) => name.length >= 6 && words.startsWith(`${name} `))) return kind;
  return 'other';
}
