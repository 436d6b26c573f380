import { readWhenValue } from './when';

/** An action item as a source gives it, its values mapped to the format where they can be. */
export interface SourceFollowUp {
  readonly title: string;
  /** An id the source already gave (this project's own template writes `**slug**: text`). */
  readonly slug?: string;
  readonly status?: 'open' | 'done' | 'not-planned';
  readonly type?: string;
  readonly owner?: string;
  readonly priority?: string;
  readonly due?: string;
  /** Where the item is tracked outside this repository: a URL or an id like OPS-123. */
  readonly ticket?: string;
  /** Values the source gave that have no place in the format, by field, as written. */
  readonly unmapped: Readonly<Record<string, string>>;
}

/** Values a table gives in columns of their own. */
export interface FollowUpColumns {
  readonly owner?: string | undefined;
  readonly priority?: string | undefined;
  readonly ticket?: string | undefined;
  readonly due?: string | undefined;
}

export interface FollowUpInput {
  readonly text: string;
  readonly links: readonly string[];
  readonly status?: string | undefined;
  readonly type?: string | undefined;
  readonly slug?: string | undefined;
  readonly columns?: FollowUpColumns;
}

const DONE = /^(?:done|completed?|fixed|closed|resolved|shipped|finished|yes|true|x|✅|✔️?)$/i;
const NOT_PLANNED = /^(?:won'?t (?:do|fix)|wontfix|not planned|not-planned|cancell?ed|dropped|rejected|declined)$/i;
const OPEN = /^(?:open|todo|to do|in progress|in-progress|pending|started|not started|planned|new|backlog|no|false)$/i;

export function followUpStatus(value: string): SourceFollowUp['status'] | undefined {
  const text = value.trim();
  if (DONE.test(text)) return 'done';
  if (NOT_PLANNED.test(text)) return 'not-planned';
  if (OPEN.test(text)) return 'open';
  return undefined;
}

const TYPES: Readonly<Record<string, string>> = {
  investigate: 'investigate',
  investigation: 'investigate',
  mitigate: 'mitigate',
  mitigation: 'mitigate',
  repair: 'repair',
  detect: 'detect',
  detection: 'detect',
  prevent: 'prevent',
  prevention: 'prevent',
  process: 'process',
};

const HANDLE = /^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9._-]+)?$/;
const HANDLE_IN_TEXT = /(?:^|[\s([])(@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9._-]+)?)(?=$|[\s).,;\]])/;
const TICKET_IN_TEXT = /\b([A-Z][A-Z0-9]{1,9}-\d{1,7})\b|(?:^|\s)(b\/\d+)\b/;
/** Decorations at an item's end that say its state or owner, not what to do. */
const TRAILING = [
  /\s*[([]\s*(?:done|completed?|fixed|closed|won'?t (?:do|fix)|not planned|cancell?ed|in progress|open|todo)\s*[)\]]\s*\.?$/i,
  /\s*[-–—:]\s*(?:done|completed?|fixed|closed|won'?t (?:do|fix)|not planned|cancell?ed|in progress|open|todo)\s*\.?$/i,
  /\s*(?:✅|✔️?)+\s*$/u,
  /\s*[([]\s*(?:owner\s*:\s*)?@[A-Za-z0-9/_.-]+\s*[)\]]\s*$/i,
  /\s*[-–—]\s*@[A-Za-z0-9/_.-]+\s*$/,
  /\s*[([]\s*(?:[A-Z][A-Z0-9]{1,9}-\d{1,7}|b\/\d+)\s*[)\]]\s*$/,
];

function withoutDecorations(text: string): string {
  let out = text;
  for (let changed = true; changed; ) {
    changed = false;
    for (const re of TRAILING) {
      const next = out.replace(re, '');
      if (next !== out && next.trim()) {
        out = next;
        changed = true;
      }
    }
  }
  return out.replace(/^\[\s?\]\s+/, '').trim();
}

/** Reads an action item's values; what cannot be mapped is kept, by field, as the source wrote it. */
export function readFollowUpFields(input: FollowUpInput): SourceFollowUp {
  const unmapped: Record<string, string> = {};
  const columns = input.columns ?? {};
  const out: { -readonly [K in keyof SourceFollowUp]?: SourceFollowUp[K] } = {};
  out.title = withoutDecorations(input.text);
  if (input.slug) out.slug = input.slug;
  if (input.status !== undefined && input.status.trim() !== '') {
    const status = followUpStatus(input.status);
    if (status) out.status = status;
    else unmapped.status = input.status;
  }
  if (input.type) {
    const type = TYPES[input.type.trim().toLowerCase()];
    if (type) out.type = type;
    else unmapped.type = input.type;
  }
  const owner = columns.owner ?? HANDLE_IN_TEXT.exec(input.text)?.[1];
  if (owner) {
    if (HANDLE.test(owner.trim())) out.owner = owner.trim();
    else unmapped.owner = owner;
  }
  if (columns.priority) {
    const priority = /^p([1-4])$/i.exec(columns.priority.trim());
    if (priority) out.priority = `P${priority[1]}`;
    else unmapped.priority = columns.priority;
  }
  if (columns.due) {
    const when = readWhenValue(columns.due);
    const date = when?.date;
    if (date?.year !== undefined && !when?.clock)
      out.due = `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
    else unmapped.due = columns.due;
  }
  const ticketText = TICKET_IN_TEXT.exec(columns.ticket ?? '') ?? TICKET_IN_TEXT.exec(input.text);
  const ticket = input.links[0] ?? (ticketText ? (ticketText[1] ?? ticketText[2]) : undefined) ?? columns.ticket;
  if (ticket) out.ticket = ticket;
  return { ...(out as SourceFollowUp), unmapped };
}
