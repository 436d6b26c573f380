import type { Root, RootContent, Table } from 'mdast';
import { leadIn } from './sections';
import { oneLine, plainText } from './tree';

/** The facts a postmortem states as "Field: value", that the importer reads. */
export type FieldName =
  | 'title'
  | 'date'
  | 'severity'
  | 'services'
  | 'started'
  | 'detected'
  | 'mitigated'
  | 'resolved'
  | 'zone'
  | 'commander'
  | 'reviewDate';

const NAMES: readonly [FieldName, readonly string[]][] = [
  ['title', ['title', 'incident title', 'incident name']],
  ['date', ['date', 'incident date', 'date of incident', 'day', 'occurred', 'occurred on']],
  ['severity', ['severity', 'sev', 'severity level', 'incident severity', 'level', 'impact level', 'priority']],
  [
    'services',
    [
      'services',
      'service',
      'affected services',
      'services affected',
      'components',
      'affected components',
      'systems',
      'affected systems',
      'systems affected',
    ],
  ],
  [
    'started',
    ['start', 'started', 'start time', 'impact start', 'impact started', 'incident start', 'start of impact', 'began'],
  ],
  ['detected', ['detected', 'detected at', 'detection time', 'time detected', 'first detected']],
  ['mitigated', ['mitigated', 'mitigated at', 'mitigation time', 'impact end', 'impact ended', 'end of impact']],
  ['resolved', ['resolved', 'resolved at', 'end', 'ended', 'end time', 'resolution time', 'incident end']],
  ['zone', ['time zone', 'timezone', 'tz']],
  ['commander', ['incident commander', 'ic', 'commander', 'incident lead']],
  ['reviewDate', ['review date', 'postmortem date', 'review meeting', 'reviewed on', 'review held']],
];

const LOOKUP = new Map<string, FieldName>(NAMES.flatMap(([field, names]) => names.map((n) => [n, field] as const)));

export function fieldName(label: string): FieldName | undefined {
  return LOOKUP.get(
    label
      .toLowerCase()
      .replace(/\([^)]*\)/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim(),
  );
}

export type Fields = Map<FieldName, string>;

function put(fields: Fields, label: string, value: string): void {
  const name = fieldName(label);
  const text = oneLine(value);
  if (name && text && !fields.has(name)) fields.set(name, text);
}

/** "Date: 2015-10-21" lines of a paragraph: fields only where every line is one. */
function plainLines(text: string, fields: Fields): void {
  for (const line of text.split('\n')) {
    const m = /^\s*([^:]{1,40}?)\s*:\s*(.+)$/.exec(line);
    if (m) put(fields, m[1]!, m[2]!);
  }
}

/** A table of fields: two columns (field | value), or one row of values under a header of field names. */
function tableFields(table: Table, fields: Fields): void {
  const rows = table.children.map((row) => row.children.map((cell) => oneLine(plainText(cell))));
  const header = rows[0] ?? [];
  if (header.length === 2 && rows.every((row) => row.length <= 2)) {
    for (const [label, value] of rows) if (label && value) put(fields, label, value);
    return;
  }
  if (rows.length === 2 && header.filter((h) => fieldName(h)).length >= 2)
    header.forEach((label, i) => put(fields, label, rows[1]?.[i] ?? ''));
}

/**
 * The fields a postmortem states: bold lead-ins anywhere at the top level
 * (`**Date:** 2015-10-21`, also as list items), and in the part before the
 * first section heading, plain "Field: value" lines and tables of fields.
 */
export function readFields(root: Root, preamble: readonly RootContent[], given: Fields = new Map()): Fields {
  const fields: Fields = new Map(given);
  for (const node of root.children) {
    if (node.type === 'paragraph') {
      const lead = leadIn(node);
      if (lead) put(fields, lead.label, lead.value.split('\n')[0] ?? '');
    } else if (node.type === 'list') {
      for (const item of node.children) {
        const first = item.children[0];
        const lead = first?.type === 'paragraph' ? leadIn(first) : undefined;
        if (lead) put(fields, lead.label, lead.value);
      }
    }
  }
  for (const node of preamble) {
    if (node.type === 'paragraph') plainLines(plainText(node), fields);
    else if (node.type === 'table') tableFields(node, fields);
    else if (node.type === 'list')
      for (const item of node.children) plainLines(oneLine(plainText(item)).replace(/\n/g, ' '), fields);
  }
  return fields;
}
