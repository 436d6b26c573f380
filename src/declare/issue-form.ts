/**
 * GitHub renders an issue form's answers into the issue body as
 * "### <label>" followed by the answer; an empty optional field reads
 * "_No response_". This reads them back.
 */
export const NO_RESPONSE = '_No response_';

/**
 * The answers, read by the form's own labels in the form's order, the
 * first occurrence of each: a "### Severity" line a person types inside
 * the free-text summary is part of the summary, and cannot override the
 * dropdown above it. Any other "###" line is text of the answer it is in.
 * Labels compare without case; the map is keyed by the lower-cased label.
 */
export function parseIssueForm(body: string | null | undefined, labels: readonly string[]): Map<string, string> {
  const answers = new Map<string, string>();
  if (!body) return answers;
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const wanted = labels.map((label) => label.toLowerCase());
  let next = 0;
  let current: { label: string; lines: string[] } | undefined;
  const finish = () => {
    const value = current?.lines.join('\n').trim();
    if (current && value && value !== NO_RESPONSE) answers.set(current.label, value);
  };
  for (const line of lines) {
    const heading = /^### (.*)$/.exec(line)?.[1]?.trim().toLowerCase();
    // A heading ends the current answer only when it is a label still to come, in order.
    const at = heading === undefined ? -1 : wanted.indexOf(heading, next);
    if (at >= 0) {
      finish();
      current = { label: wanted[at]!, lines: [] };
      next = at + 1;
    } else {
      current?.lines.push(line);
    }
  }
  finish();
  return answers;
}
