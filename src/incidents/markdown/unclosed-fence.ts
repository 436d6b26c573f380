/**
 * A fenced code block that is never closed runs to the end of the file,
 * so every heading after it is code, not a section. A reader sees the
 * sections in their editor and cannot tell why they are "missing": this
 * finds the fence to point at.
 */
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;

/** The file line of a code fence that is never closed, or undefined. */
export function unclosedFenceLine(body: string, bodyLine: number): number | undefined {
  let open: { char: string; length: number; line: number } | undefined;
  body.split(/\r\n|\r|\n/).forEach((text, index) => {
    const match = FENCE.exec(text);
    if (!match) return;
    const marker = match[1]!;
    if (!open) {
      // A backtick fence's info string may not contain a backtick (CommonMark): then it is inline code, not a fence.
      if (marker[0] === '`' && match[2]!.includes('`')) return;
      open = { char: marker[0]!, length: marker.length, line: bodyLine + index };
    } else if (marker[0] === open.char && marker.length >= open.length && match[2]!.trim() === '') {
      open = undefined;
    }
  });
  return open?.line;
}
