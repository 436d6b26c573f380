/**
 * The top-level headings of a Markdown body, found line by line without a
 * Markdown parser, for bodies simple enough that a line can be judged on its
 * own. Parsing every body with micromark was most of a full validate's time
 * (9 of 15 s on 10,000 files); nearly every incident body is headings,
 * paragraphs, lists and fenced code, which this reads exactly.
 *
 * Anything whose meaning depends on context a line scanner does not keep
 * (setext underlines, HTML blocks, headings or fences inside list items and
 * block quotes, tabs in indentation, inline markup in a heading) makes it
 * give up and return undefined: the caller then asks the real parser. A
 * differential test (test/heading-scan.test.ts) holds the two to the same
 * answer on generated bodies.
 */

export interface ScannedHeading {
  readonly depth: number;
  readonly text: string;
  /** 1-based line within the body. */
  readonly line: number;
  /** 1-based column of the first '#'. */
  readonly column: number;
  /** Whether anything but a heading follows before the next heading of the same or a higher level. */
  readonly hasContent: boolean;
  /** Whether content follows before any next heading: text of its own, not of a subsection. */
  readonly hasOwnContent: boolean;
}

/** CommonMark line endings: a lone CR ends a line too. */
const LINE_END = /\r\n|\r|\n/;
const BLANK = /^[ \t]*$/;
const ATX = /^(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/;
const CLOSING_HASHES = /(?:^|[ \t]+)#+$/;
const FENCE_OPEN = /^(`{3,}|~{3,})(.*)$/;
const FENCE_CLOSE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;
/** A line that may be a setext underline (or a thematic break, or an empty list item). */
const UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
/** Characters that may make a heading's text differ from its source: emphasis, code, links, entities, escapes, HTML. */
const INLINE_MARKUP = /[\\`*_[\]<>&!~]/;
const FENCE_MARKERS = /```|~~~/;

interface Line {
  /** 'comment': an HTML block of comments only, such as a template's guidance: neither a heading nor content. */
  readonly kind: 'heading' | 'content' | 'comment';
  readonly depth?: number;
  readonly text?: string;
  readonly line: number;
}

function headingLine(source: string, lineNumber: number): Line | undefined | null {
  const match = ATX.exec(source);
  if (!match) return undefined;
  const text = (match[2] ?? '').replace(CLOSING_HASHES, '').trim();
  if (INLINE_MARKUP.test(text)) return null;
  return { kind: 'heading', depth: match[1]!.length, text, line: lineNumber };
}

/** A line that starts with a letter or a digit is paragraph text, unless it holds a fence marker. */
function startsAsText(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
}

/** Each line's kind, or null where the scanner cannot be sure. */
function classify(body: string): Line[] | null {
  const lines = body.includes('\r') ? body.split(LINE_END) : body.split('\n');
  const out: Line[] = [];
  let fence: { char: string; length: number } | undefined;
  /** The HTML comment block being read: its text so far, and the line it started on. */
  let comment: { text: string; line: number } | undefined;

  for (let index = 0; index < lines.length; index++) {
    const source = lines[index]!;
    const lineNumber = index + 1;
    if (!fence && !comment && startsAsText(source.charCodeAt(0))) {
      // Most lines of a body: no regular expression needs to look at them.
      if (source.includes('```') || source.includes('~~~')) return null;
      out.push({ kind: 'content', line: lineNumber });
      continue;
    }
    if (fence) {
      const close = FENCE_CLOSE.exec(source);
      if (close && close[1]![0] === fence.char && close[1]!.length >= fence.length) fence = undefined;
      continue;
    }
    if (comment) {
      comment.text += `\n${source}`;
      if (source.includes('-->')) {
        out.push({ kind: commentKind(comment.text), line: comment.line });
        comment = undefined;
      }
      continue;
    }
    if (BLANK.test(source)) continue;
    if (source.startsWith('\t') || /^ +\t/.test(source)) return null;
    if (UNDERLINE.test(source)) return null;

    if (source.startsWith('#')) {
      const heading = headingLine(source, lineNumber);
      if (heading === null) return null;
      if (heading) {
        out.push(heading);
        continue;
      }
    }
    if (source.startsWith('<!--')) {
      // '<!-->' and '<!--->' close at once in CommonMark; leave them to the parser.
      if (/^<!---?>/.test(source)) return null;
      if (source.slice(4).includes('-->')) out.push({ kind: commentKind(source), line: lineNumber });
      else comment = { text: source, line: lineNumber };
      continue;
    }
    const open = FENCE_OPEN.exec(source);
    if (open) {
      // A backtick fence's info string cannot hold a backtick: that line is inline code.
      const marker = open[1]!;
      if (marker[0] === '`' && open[2]!.includes('`')) return null;
      fence = { char: marker[0]!, length: marker.length };
      out.push({ kind: 'content', line: lineNumber });
      continue;
    }
    const indent = source.length - source.trimStart().length;
    const rest = source.slice(indent);
    // Indented up to three spaces, these may start a heading, an HTML block or
    // a fence inside a list item; markers later in the line may open a fence
    // inside a list item or a block quote.
    if (indent > 0 && indent < 4 && (rest.startsWith('#') || rest.startsWith('<'))) return null;
    if (rest.startsWith('<') || FENCE_MARKERS.test(source)) return null;
    out.push({ kind: 'content', line: lineNumber });
  }
  // A comment never closed runs to the end of the body.
  if (comment) out.push({ kind: commentKind(comment.text), line: comment.line });
  return out;
}

/**
 * An HTML block that holds nothing but comments (a template's guidance,
 * `<!-- What goes here -->`) says nothing to a reader: it is not content.
 * The block ends on the line that closes the comment; text after it on
 * that line is content.
 */
export function isCommentOnly(html: string): boolean {
  return /^\s*<!--/.test(html) && html.replace(/<!--[\s\S]*?(?:-->|$)/g, '').trim() === '';
}

function commentKind(html: string): 'comment' | 'content' {
  return isCommentOnly(html) ? 'comment' : 'content';
}

/** A top-level block of a body: a heading has its depth, anything else has none. */
export interface Block {
  readonly depth?: number | undefined;
  /** A block that is neither a heading nor content: a comment. */
  readonly ignored?: boolean;
}

/**
 * Whether anything but a heading follows the heading at `index` before the
 * next heading of the same or a higher level. Indexes, not a slice per
 * heading: a file of 100,000 heading lines must stay linear.
 */
export function hasContentAfter(blocks: readonly Block[], index: number, depth: number): boolean {
  for (let next = index + 1; next < blocks.length; next++) {
    if (blocks[next]!.ignored) continue;
    const after = blocks[next]!.depth;
    if (after === undefined) return true;
    if (after <= depth) return false;
  }
  return false;
}

/** Whether content (not a heading, not a comment) follows the heading at `index` before any next heading. */
export function hasOwnContentAfter(blocks: readonly Block[], index: number): boolean {
  for (let next = index + 1; next < blocks.length; next++) {
    if (blocks[next]!.ignored) continue;
    return blocks[next]!.depth === undefined;
  }
  return false;
}

/** The body's top-level headings, or undefined when only a Markdown parser can tell. */
export function scanHeadings(body: string): ScannedHeading[] | undefined {
  const lines = classify(body);
  if (!lines) return undefined;
  const headings: ScannedHeading[] = [];
  const blocks = lines.map((line) => ({ depth: line.depth, ignored: line.kind === 'comment' }));
  lines.forEach((line, index) => {
    if (line.kind !== 'heading' || line.depth === undefined) return;
    headings.push({
      depth: line.depth,
      text: line.text ?? '',
      line: line.line,
      column: 1,
      hasContent: hasContentAfter(blocks, index, line.depth),
      hasOwnContent: hasOwnContentAfter(blocks, index),
    });
  });
  return headings;
}
