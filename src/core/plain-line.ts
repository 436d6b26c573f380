/**
 * Text from files printed to a terminal or a CI log. Every line the tool
 * prints stays one line: a control character (a newline in a file name, an
 * escape sequence) is shown as an escape, so it cannot start a line of its
 * own, which a CI runner would read as a workflow command (`::error::`,
 * `::stop-commands::`), nor recolour or rewrite the terminal.
 */
export function plainLine(text: string): string {
  return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g, (ch) => {
    if (ch === '\n') return '\\n';
    if (ch === '\r') return '\\r';
    return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}
