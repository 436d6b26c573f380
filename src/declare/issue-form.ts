/**
 * GitHub renders an issue form's answers into the issue body as
 * "### <label>" followed by the answer; an empty optional field reads
 * "_No response_". This reads them back.
 */
export const NO_RESPONSE = '_No response_';

export function parseIssueForm(body: string | null | undefined): Map<string, string> {
  const answers = new Map<string, string>();
  if (!body) return answers;
  const parts = body.replace(/\r\n/g, '\n').split(/^### /m).slice(1);
  for (const part of parts) {
    const newline = part.indexOf('\n');
    const label = (newline < 0 ? part : part.slice(0, newline)).trim();
    const value = newline < 0 ? '' : part.slice(newline + 1).trim();
    if (label && value && value !== NO_RESPONSE) answers.set(label.toLowerCase(), value);
  }
  return answers;
}
