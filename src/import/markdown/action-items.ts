import type { ListItem, RootContent, Table } from 'mdast';
import { readFollowUpFields, type FollowUpColumns, type SourceFollowUp } from '../follow-up';
import { allStruck, linksIn, oneLine, plainText } from './tree';

const TYPES = ['investigate', 'mitigate', 'repair', 'detect', 'prevent', 'process'] as const;

/** "### Prevent" or "**Detect**" over a group of items: the type of each item in it. */
function typeOfHeading(text: string): string | undefined {
  const word = text
    .toLowerCase()
    .replace(/[^a-z]+/g, ' ')
    .trim();
  return TYPES.find((t) => word === t || word === `${t}ion` || word.startsWith(`${t} `));
}

/** Done when ticked, struck through, or marked done in words at its end. */
function itemStatus(item: ListItem, text: string): string | undefined {
  if (item.checked === true) return 'done';
  const first = item.children[0];
  const struck = first?.type === 'paragraph' && first.children[0]?.type === 'delete';
  if (struck && /won'?t (?:do|fix)|not planned|cancell?ed|dropped/i.test(text)) return 'not planned';
  if (first && (allStruck(first) || struck)) return 'done';
  const mark =
    /(?:[([]\s*|[-–—:]\s*)(done|completed?|fixed|closed|won'?t (?:do|fix)|not planned|cancell?ed|in progress|open|todo)\s*[)\]]?\s*\.?$/i.exec(
      text,
    );
  if (mark) return mark[1];
  if (/✅|✔️?$/.test(text)) return 'done';
  return item.checked === false ? 'open' : undefined;
}

/** A project-template item: `**canary-analysis**: Add canary analysis ...`. */
const SLUG_LEAD = /^([a-z0-9]+(?:-[a-z0-9]+)+)\s*:\s+/;

function fromListItem(item: ListItem, type: string | undefined): SourceFollowUp | undefined {
  const first = item.children[0];
  if (!first) return undefined;
  let text = oneLine(plainText(first));
  if (!text) return undefined;
  const status = itemStatus(item, text);
  let slug: string | undefined;
  const lead = SLUG_LEAD.exec(text);
  if (lead && first.type === 'paragraph' && first.children[0]?.type === 'strong') {
    slug = lead[1];
    text = text.slice(lead[0].length);
  }
  return readFollowUpFields({ text, links: linksIn(first), status, type, slug });
}

const COLUMNS: readonly [keyof FollowUpColumns | 'type' | 'status', RegExp][] = [
  ['owner', /\b(owner|assignee|assigned|who|dri)\b/i],
  ['type', /\b(type|kind|category)\b/i],
  ['priority', /\b(priority|prio|pri)\b/i],
  ['status', /\b(status|state|done)\b/i],
  ['ticket', /\b(bug|ticket|issue|jira|link|tracking|tracker|reference|ref)\b/i],
  ['due', /\b(due|deadline|eta|target date)\b/i],
];

function fromTable(table: Table): SourceFollowUp[] {
  const [head, ...rows] = table.children;
  if (!head) return [];
  const header = head.children.map((cell) => oneLine(plainText(cell)));
  const used = new Set<number>();
  const columns: Partial<Record<keyof FollowUpColumns | 'type' | 'status', number>> = {};
  for (const [name, re] of COLUMNS) {
    const index = header.findIndex((h, i) => !used.has(i) && re.test(h));
    if (index >= 0) {
      columns[name] = index;
      used.add(index);
    }
  }
  const titleColumn = Math.max(
    0,
    header.findIndex(
      (h, i) => !used.has(i) && /\b(action|item|task|description|what|title|remediation|follow)/i.test(h),
    ),
  );
  const out: SourceFollowUp[] = [];
  for (const row of rows) {
    const cells = row.children.map((cell) => oneLine(plainText(cell)));
    const title = cells[titleColumn];
    if (!title) continue;
    const titleCell = row.children[titleColumn]!;
    const cell = (name: keyof FollowUpColumns | 'type' | 'status') =>
      columns[name] === undefined ? undefined : cells[columns[name]!] || undefined;
    const ticketCell = columns.ticket === undefined ? undefined : row.children[columns.ticket];
    const struck = allStruck(titleCell);
    out.push(
      readFollowUpFields({
        text: title,
        links: [...(ticketCell ? linksIn(ticketCell) : []), ...linksIn(titleCell)],
        status: cell('status') ?? (struck ? 'done' : undefined),
        type: cell('type'),
        columns: { owner: cell('owner'), priority: cell('priority'), ticket: cell('ticket'), due: cell('due') },
      }),
    );
  }
  return out;
}

/** The action items of a section: list items (checklists too) and table rows, grouped by type under sub-headings. */
export function readActionItems(nodes: readonly RootContent[]): SourceFollowUp[] {
  const items: SourceFollowUp[] = [];
  let type: string | undefined;
  for (const node of nodes) {
    if (node.type === 'heading') type = typeOfHeading(oneLine(plainText(node)));
    else if (node.type === 'paragraph' && node.children.length === 1 && node.children[0]?.type === 'strong')
      type = typeOfHeading(oneLine(plainText(node)));
    else if (node.type === 'list') {
      for (const item of node.children) {
        const followUp = fromListItem(item, type);
        if (followUp) items.push(followUp);
      }
    } else if (node.type === 'table') items.push(...fromTable(node));
  }
  return items;
}
