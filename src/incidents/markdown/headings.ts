import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Position } from '../../core/finding';
import { hasContentAfter, hasOwnContentAfter, isCommentOnly, scanHeadings } from './heading-scan';

export interface Heading {
  readonly depth: number;
  readonly text: string;
  /** Position in the file (not the body). */
  readonly position: Position;
  /** Whether anything but a heading (or a comment) follows before the next heading of the same or a higher level. */
  readonly hasContent: boolean;
  /** Whether content follows before any next heading: text of its own, not of a subsection. */
  readonly hasOwnContent: boolean;
}

interface MdNode {
  type: string;
  depth?: number;
  value?: string;
  children?: MdNode[];
  position?: { start: { line: number; column: number } };
}

const parser = unified().use(remarkParse);

function plainText(node: MdNode): string {
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map(plainText).join('');
}

/**
 * The headings of a Markdown body, as a real Markdown parser sees them: a
 * `## Timeline` inside a code block is not a heading, a setext heading is.
 * The line scanner answers for plain bodies; the parser for the rest.
 */
export function readHeadings(body: string, bodyLine: number): Heading[] {
  const scanned = scanHeadings(body);
  if (scanned) {
    return scanned.map(({ depth, text, line, column, hasContent, hasOwnContent }) => ({
      depth,
      text,
      position: { line: line + bodyLine - 1, column },
      hasContent,
      hasOwnContent,
    }));
  }
  return parseHeadings(body, bodyLine);
}

/** The headings of a Markdown body, found by remark. */
export function parseHeadings(body: string, bodyLine: number): Heading[] {
  const root = parser.parse(body) as MdNode;
  const children = root.children ?? [];
  const blocks = children.map((node) => ({
    depth: node.type === 'heading' ? (node.depth ?? 1) : undefined,
    ignored: node.type === 'html' && isCommentOnly(node.value ?? ''),
  }));
  const headings: Heading[] = [];
  children.forEach((node, index) => {
    if (node.type !== 'heading' || node.depth === undefined) return;
    const hasContent = hasContentAfter(blocks, index, node.depth);
    const hasOwnContent = hasOwnContentAfter(blocks, index);
    const start = node.position?.start ?? { line: 1, column: 1 };
    headings.push({
      depth: node.depth,
      text: plainText(node).trim(),
      position: { line: start.line + bodyLine - 1, column: start.column },
      hasContent,
      hasOwnContent,
    });
  });
  return headings;
}

/**
 * Which headings of `headings` begin a section with content of its own:
 * text under it, or under a subsection that is not itself one of the
 * `sections` (keys from sectionKey). In a template whose first section is
 * '# Summary' and the rest '## Impact' and so on, the later sections sit
 * under the first as Markdown reads it, yet their text is not the Summary's.
 */
export function sectionsWithContent(headings: readonly Heading[], sections: ReadonlySet<string>): Set<Heading> {
  const withContent = new Set<Heading>();
  headings.forEach((heading, index) => {
    if (heading.hasOwnContent) {
      withContent.add(heading);
      return;
    }
    let skipBelow: number | undefined;
    for (let next = index + 1; next < headings.length && headings[next]!.depth > heading.depth; next++) {
      const sub = headings[next]!;
      if (skipBelow !== undefined && sub.depth > skipBelow) continue;
      skipBelow = undefined;
      if (sections.has(sectionKey(sub.text))) skipBelow = sub.depth;
      else if (sub.hasOwnContent) {
        withContent.add(heading);
        return;
      }
    }
  });
  return withContent;
}

const keys = new Map<string, string>();
/** Enough for every heading a repository uses; past it the memo starts over rather than grow. */
const MAX_KEYS = 10_000;

/** Headings match whatever their case, level and punctuation: "Follow-ups" = "## follow ups:". */
export function sectionKey(title: string): string {
  // Every file repeats the same few headings: each is folded once.
  let key = keys.get(title);
  if (key === undefined) {
    if (keys.size >= MAX_KEYS) keys.clear();
    // Copies: the title is cut from a file's text (and the key may be the title), and would keep all of it alive.
    key = structuredClone(title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ''));
    keys.set(structuredClone(title), key);
  }
  return key;
}
