import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Position } from '../../core/finding';

/** A bold lead-in that opens a paragraph or a list item and names a section: `**Impact**: text`, `- **Impact:** text`. */
export interface LeadIn {
  /** The bold text, without its colon. */
  readonly text: string;
  /** Position in the file (not the body). */
  readonly position: Position;
  /** Whether text follows the lead-in, on its line or in the blocks after it. */
  readonly hasContent: boolean;
}

interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
  position?: { start: { line: number; column: number } };
}

const parser = unified().use(remarkParse);

function plain(node: MdNode): string {
  return typeof node.value === 'string' ? node.value : (node.children ?? []).map(plain).join('');
}

function leadIn(paragraph: MdNode, following: MdNode | undefined, bodyLine: number): LeadIn | undefined {
  const [first, ...rest] = paragraph.children ?? [];
  if (first?.type !== 'strong') return undefined;
  const label = plain(first).trim();
  const after = rest.map(plain).join('').trim();
  if (!label.endsWith(':') && !after.startsWith(':') && after !== '') return undefined;
  const start = paragraph.position?.start ?? { line: 1, column: 1 };
  return {
    text: label.replace(/:$/, '').trim(),
    position: { line: start.line + bodyLine - 1, column: start.column },
    hasContent: after.replace(/^:/, '').trim() !== '' || (following !== undefined && following.type !== 'heading'),
  };
}

/**
 * The bold lead-ins of a body, at the top level or opening a top-level list
 * item: the way many teams mark their sections instead of with headings.
 * Parsed only when a section is not found under a heading, so the common
 * case costs nothing.
 */
export function readLeadIns(body: string, bodyLine: number): LeadIn[] {
  const children = (parser.parse(body) as MdNode).children ?? [];
  const out: LeadIn[] = [];
  children.forEach((node, index) => {
    if (node.type === 'paragraph') {
      const found = leadIn(node, children[index + 1], bodyLine);
      if (found) out.push(found);
    } else if (node.type === 'list') {
      for (const item of node.children ?? []) {
        const [first, next] = item.children ?? [];
        const found = first?.type === 'paragraph' ? leadIn(first, next, bodyLine) : undefined;
        if (found) out.push(found);
      }
    }
  });
  return out;
}
