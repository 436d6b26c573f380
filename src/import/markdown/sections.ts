import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { oneLine, plainText } from './tree';
import { sectionKind, type SectionKind } from './section-kinds';

/** One section of a postmortem: under a heading, or a bold lead-in (`**Impact:** ...`). */
export interface Section {
  readonly kind: SectionKind;
  readonly title: string;
  /** The heading's level; a lead-in or the text before the first heading has none. */
  readonly depth: number | undefined;
  readonly nodes: RootContent[];
  /** Text on the lead-in's own line, after the label ("Estimated 1.21B queries lost"). */
  readonly inline?: string;
}

export interface LeadIn {
  readonly label: string;
  /** The rest of the paragraph's text after the label and its colon. */
  readonly value: string;
  /** The paragraph with the label removed, for what follows it. */
  readonly rest: Paragraph;
}

/** `**Impact:** text`, `**Impact**: text`, or a paragraph that is only bold text (a heading in a wiki export). */
export function leadIn(paragraph: Paragraph): LeadIn | undefined {
  const [first, ...others] = paragraph.children;
  if (first?.type !== 'strong') return undefined;
  const label = oneLine(plainText(first));
  const next = others[0];
  const colonInside = label.endsWith(':');
  const colonAfter = next?.type === 'text' && /^\s*:/.test(next.value);
  if (!colonInside && !colonAfter && others.some((c) => plainText(c).trim() !== '')) return undefined;
  const remaining: PhrasingContent[] = [...others];
  if (colonAfter && next?.type === 'text') remaining[0] = { ...next, value: next.value.replace(/^\s*:\s*/, '') };
  const rest: Paragraph = { ...paragraph, children: remaining };
  return { label: label.replace(/:$/, '').trim(), value: plainText(rest).trim(), rest };
}

/**
 * The document as sections. A heading of a kind the importer knows starts
 * one; a heading it does not know, below a known section's level, stays in
 * that section ("### Prevent" under "## Action items"). A bold lead-in of a
 * known kind starts one as well and runs to the next heading or lead-in.
 */
export function splitSections(root: Root): Section[] {
  const sections: Section[] = [];
  let current: { kind: SectionKind; title: string; depth: number | undefined; nodes: RootContent[]; inline?: string } =
    { kind: 'other', title: '', depth: undefined, nodes: [] };
  const start = (next: typeof current) => {
    if (current.nodes.length || current.title || current.inline) sections.push(current);
    current = next;
  };
  for (const node of root.children) {
    if (node.type === 'heading') {
      const title = oneLine(plainText(node));
      const kind = sectionKind(title);
      const nested =
        kind === 'other' && current.kind !== 'other' && current.depth !== undefined && current.depth < node.depth;
      if (nested) current.nodes.push(node);
      else start({ kind, title, depth: node.depth, nodes: [] });
      continue;
    }
    if (node.type === 'paragraph') {
      const lead = leadIn(node);
      const kind = lead ? sectionKind(lead.label) : 'other';
      if (lead && kind !== 'other') {
        start({ kind, title: lead.label, depth: undefined, nodes: lead.value ? [lead.rest] : [], inline: lead.value });
        continue;
      }
    }
    current.nodes.push(node);
  }
  start({ kind: 'other', title: '', depth: undefined, nodes: [] });
  return sections;
}
