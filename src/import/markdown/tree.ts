import type { Nodes, Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** GitHub-flavoured Markdown: postmortems keep timelines and action items in tables and task lists. */
const parser = unified().use(remarkParse).use(remarkGfm);

export function parseMarkdown(text: string): Root {
  return parser.parse(text) as Root;
}

/** A node's text as a reader sees it: no markup, links as their text, line breaks as newlines. */
export function plainText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'break') return '\n';
  if (node.type === 'image') return node.alt ?? '';
  if (node.type === 'html' || node.type === 'code') return '';
  if (!('children' in node)) return '';
  const separator = node.type === 'list' || node.type === 'listItem' || node.type === 'root' ? '\n' : '';
  return (node.children as Nodes[]).map(plainText).join(separator);
}

/** One line of text: runs of white space, line breaks included, as one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The URLs a node links to, in order. */
export function linksIn(node: Nodes): string[] {
  if (node.type === 'link') return [node.url];
  if (!('children' in node)) return [];
  return (node.children as Nodes[]).flatMap(linksIn);
}

/** Whether every bit of text in the node is struck through (~~done~~). */
export function allStruck(node: Nodes): boolean {
  if (node.type === 'delete') return true;
  if (node.type === 'text') return node.value.trim() === '';
  if (!('children' in node)) return true;
  const children = node.children as Nodes[];
  return children.length > 0 && children.every(allStruck) && children.some((c) => c.type !== 'text');
}

/** The source text of a run of top-level nodes, as the document wrote it. */
export function sourceOf(text: string, nodes: readonly RootContent[]): string {
  const first = nodes[0]?.position?.start.offset;
  const last = nodes[nodes.length - 1]?.position?.end.offset;
  return first === undefined || last === undefined ? '' : text.slice(first, last);
}
