import path from 'node:path';
import { DEFAULT_ID_PATTERN } from '../../config/defaults';
import { quote } from '../../core/describe';
import type { Finding } from '../../core/finding';
import type { SourceDocument } from '../../incidents/document';
import { defineRule, lines } from '../../core/rule';
import { atValue, type IncidentRule, type RuleContext } from './context';
import { text } from '../../incidents/fields';
import { STDIN_FILE } from '../../incidents/document';
import { oddCharacters, withoutInvisible } from './id-characters';
import { titleRule } from './title';

export const ID_FORMAT = defineRule({
  id: 'id-format',
  severity: 'error',
  summary: 'the id matches the id pattern: by default the start date and a lowercase slug',
  why: 'Ids name files, link incidents to each other and to their follow-up issues. A predictable form keeps them unique, sortable and easy to type.',
  wrong: lines('id: Checkout Outage'),
  right: lines('id: 2026-03-04-checkout-errors'),
});

export const FILE_NAME_MISMATCH = defineRule({
  id: 'file-name-mismatch',
  severity: 'warning',
  summary: 'the file is named after its id: <id>.md',
  why: 'People look for an incident by the id they saw in an issue or a chat; a file named otherwise is hard to find.',
  wrong: lines('# incidents/2026/checkout-outage.md', 'id: 2026-03-04-checkout-errors'),
  right: lines('# incidents/2026/2026-03-04-checkout-errors.md', 'id: 2026-03-04-checkout-errors'),
});

export const DETECTED_AT_MISSING = defineRule({
  id: 'detected-at-missing',
  severity: 'warning',
  summary: 'an incident past investigating says when it was detected (detected_at)',
  why: 'How long problems go unnoticed is one of the most useful numbers a review has, and it cannot be measured without detected_at.',
  wrong: lines('status: mitigated', 'started_at: 2026-03-04T09:12:00Z', 'mitigated_at: 2026-03-04T09:51:00Z'),
  right: lines(
    'status: mitigated',
    'started_at: 2026-03-04T09:12:00Z',
    'detected_at: 2026-03-04T09:20:00Z',
    'mitigated_at: 2026-03-04T09:51:00Z',
  ),
});

const DATED = /^(\d{4}-\d{2}-\d{2})-?/;

/** What to change: the characters nobody can see or tell apart first, then the form. */
function idHint(id: string, document: SourceDocument, { config }: RuleContext): string {
  const odd = oddCharacters(id);
  const characters = [
    ...(id !== id.trim() ? ['remove the spaces around the id'] : []),
    ...(odd.invisible.length
      ? [`remove the invisible ${odd.invisible.length === 1 ? 'character' : 'characters'} ${odd.invisible.join(', ')}`]
      : []),
    ...(odd.lookAlike.length
      ? [
          `retype ${odd.lookAlike.join(', ')} as plain ASCII: ${odd.lookAlike.length === 1 ? 'it is not an ASCII letter, though it may look like one' : 'they are not ASCII letters, though they may look like them'}`,
        ]
      : []),
  ];
  const prefix = characters.length ? `${characters.join('; ')}; ` : '';
  if (config.source && config.idPattern.source !== DEFAULT_ID_PATTERN)
    return `${prefix}change the id to match id_pattern in ${config.source}`;
  // A slug made by dropping look-alike letters would read wrong ('сheckout' -> 'heckout'): the advice above says it all.
  if (odd.lookAlike.length) return prefix.replace(/; $/, '');
  const meant = withoutInvisible(id).trim();
  const slug = meant
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  // The file's own name, when it is an id of the right form: copied, it fixes the id and names the file rightly.
  const fileId = path.posix.basename(document.file).replace(/\.md$/i, '');
  if (config.idPattern.test(fileId))
    return `${prefix}use the start date and a short lowercase slug, like the file's name: ${fileId}`;
  const started = text(document.data, 'started_at');
  const date = DATED.exec(meant)?.[1] ?? (started && /^\d{4}-\d{2}-\d{2}/.exec(started)?.[0]) ?? '2026-03-04';
  return `${prefix}use the start date and a short lowercase slug, like ${date}-${slug.replace(DATED, '') || 'checkout-errors'}`;
}

/** The id has the configured form, the file is named after it, and the title is one readable line. */
export const identityRule: IncidentRule = (document, context) => [
  ...idRule(document, context),
  ...titleRule(document, context),
];

const idRule: IncidentRule = (document, context) => {
  const { config } = context;
  const id = text(document.data, 'id');
  if (id === undefined) return [];
  const findings: Finding[] = [];
  if (!config.idPattern.test(id)) {
    findings.push(
      atValue(document, ['id'], {
        rule: ID_FORMAT,
        message: `id ${quote(id)} does not match the id pattern ${config.idPattern.source}`,
        hint: idHint(id, document, context),
      }),
    );
  }
  const fileId = path.posix.basename(document.file).replace(/\.md$/i, '');
  // Text from standard input given no file name has no file name to match.
  if (fileId !== id && findings.length === 0 && document.file !== STDIN_FILE) {
    findings.push(
      atValue(document, ['id'], {
        rule: FILE_NAME_MISMATCH,
        message: `the file name '${fileId}.md' does not match the id ${quote(id)}`,
        hint: `rename the file to ${id}.md so people can find the incident by its id`,
      }),
    );
  }
  return findings;
};

/** Statuses past investigating without detected_at make time-to-detect unmeasurable. */
export const detectionRule: IncidentRule = (document) => {
  const status = text(document.data, 'status');
  if (status === undefined || status === 'investigating' || document.data.detected_at !== undefined) return [];
  return [
    atValue(document, ['started_at'], {
      rule: DETECTED_AT_MISSING,
      message: `no detected_at: time to detect cannot be measured for this ${status} incident`,
      hint: 'add detected_at: the time the first alert fired or the first person noticed, with a time zone',
    }),
  ];
};
