import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../src/report/markdown';
import { escapeMarkdown, inlineCode } from '../src/core/markdown-escape';
import type { Finding } from '../src/core/finding';

function finding(n: number, file = 'incidents/a.md'): Finding {
  return {
    file,
    line: n,
    column: 1,
    rule: 'field-type',
    severity: 'error',
    message: `problem number ${n}`,
    hint: `fix number ${n} `.repeat(20).trim(),
  };
}

describe('the job summary', () => {
  it('escapes text from files so it stays text', () => {
    expect(escapeMarkdown('<img src=x> @everyone | `code` [link](http://x) fixes #1 & more\nnext')).toBe(
      '&lt;img src=x&gt; @&#8203;everyone &#124; \\`code\\` \\[link\\](http://x) fixes #&#8203;1 &amp; more next',
    );
    expect(inlineCode('a`b|c')).toBe('`` a`b\\|c ``');
  });

  it('links each rule to its section of docs/rules.md', () => {
    expect(
      renderMarkdown({ findings: [finding(3)], files: 1, errors: 1, warnings: 0 })
        .split('\n')
        .slice(2, 7),
    ).toEqual([
      '### `incidents/a.md`',
      '',
      '| Where | Severity | Problem | How to fix | Rule |',
      '|---|---|---|---|---|',
      `| 3:1 | ❌ error | problem number 3 | ${'fix number 3 '.repeat(20).trim()} | [\`field-type\`](https://github.com/incidents-as-code/incidents-as-code/blob/main/docs/rules.md#field-type) |`,
    ]);
  });

  it('notes that GitHub shows only ten annotations of a kind when there are more', () => {
    const findings = Array.from({ length: 11 }, (_, i) => finding(i + 1));
    const text = renderMarkdown({ findings, files: 1, errors: 11, warnings: 0 });
    expect(text).toContain('> GitHub shows only 10 errors and 10 warnings inline; every finding is listed here.');
    expect(text.split('\n').filter((line) => line.startsWith('| ') && line.includes('problem number'))).toHaveLength(
      11,
    );
  });

  it('drops detail in stages to stay under the size limit, and says so', () => {
    const findings = Array.from({ length: 200 }, (_, i) => finding(i + 1, `incidents/f${i % 20}.md`));
    const result = { findings, files: 20, errors: 200, warnings: 0 };
    const full = renderMarkdown(result);
    expect(full).toContain('How to fix');

    const noHints = renderMarkdown(result, Buffer.byteLength(full) - 1);
    expect(noHints).not.toContain('How to fix');
    expect(noHints).toContain('problem number 200');
    expect(noHints).toContain(
      "> Some detail was left out to fit GitHub's job summary limit; run `incidents validate` locally for the rest.",
    );

    const firstPerFile = renderMarkdown(result, Buffer.byteLength(noHints) - 1);
    expect(firstPerFile).toContain('…and 9 more in this file.');

    const counts = renderMarkdown(result, Buffer.byteLength(firstPerFile) - 1);
    expect(counts).toContain('| `incidents/f0.md` | 10 | 0 |');
    expect(counts).toContain(
      '> The full list did not fit in a job summary; run `incidents validate` locally to see every finding.',
    );

    expect(renderMarkdown(result, 100)).toBe('## Incident files: 20 files checked: 200 errors, 0 warnings\n');
  });
});
