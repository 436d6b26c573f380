import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/program';
import { renderMarkdownForTerminal } from '../src/report/terminal-markdown';
import { captureIo, FIXTURES, ROOT } from './helpers';

const plain = { color: false };

describe('Markdown for a terminal', () => {
  it('aligns a table in columns, numbers to the right, and reads escapes and entities as what they stand for', () => {
    const markdown = [
      '| Goal | Target | Incidents |',
      '|---|---|---:|',
      '| Fast mitigation | &lt;= 30m | 12 |',
      '| started\\_at set by @&#8203;priya-nair | \\>= 80% | 3 |',
      '',
    ].join('\n');
    expect(renderMarkdownForTerminal(markdown, plain)).toBe(
      [
        'Goal                           Target  Incidents',
        '─────────────────────────────  ──────  ─────────',
        'Fast mitigation                <= 30m         12',
        'started_at set by @priya-nair  >= 80%          3',
        '',
      ].join('\n'),
    );
  });

  it("draws the review's bar chart as bars, its line as the baseline, and never shows Mermaid's source", () => {
    const markdown = [
      '```mermaid',
      'xychart-beta',
      '  title "Categories: 2026-Q3 (bars) against the baseline (line)"',
      '  x-axis ["deploy", "capacity"]',
      '  y-axis "Incidents" 0 --> 3',
      '  bar [2, 1]',
      '  line [1, 1.5]',
      '```',
      '',
    ].join('\n');
    expect(renderMarkdownForTerminal(markdown, plain)).toBe(
      [
        'Categories: 2026-Q3 (bars) against the baseline (line)',
        `  deploy    2 ${'█'.repeat(30)}  (baseline 1)`,
        `  capacity  1 ${'█'.repeat(15)}  (baseline 1.5)`,
        '',
      ].join('\n'),
    );
  });

  it('draws a pie as bars with each share', () => {
    const markdown = '```mermaid\npie title Who noticed first\n  "alert" : 3\n  "customer" : 1\n```\n';
    expect(renderMarkdownForTerminal(markdown, plain)).toBe(
      [
        'Who noticed first',
        `  alert     3 ${'█'.repeat(30)}  (75%)`,
        `  customer  1 ${'█'.repeat(10)}  (25%)`,
        '',
      ].join('\n'),
    );
  });

  it('underlines headings, marks list items, and drops HTML comments', () => {
    const markdown = '<!-- generated -->\n# Batch review\n\n## Themes\n\n1. **Deploys** grew\n2. `checkout` twice\n';
    expect(renderMarkdownForTerminal(markdown, plain)).toBe(
      'Batch review\n════════════\n\nThemes\n──────\n\n  1. Deploys grew\n  2. checkout twice\n',
    );
  });

  it('colours only when asked', () => {
    expect(renderMarkdownForTerminal('**bold**\n', { color: true })).toBe('\u001b[1mbold\u001b[22m\n');
  });
});

describe('incidents review and status, on a terminal and piped', () => {
  const REPO = ROOT; // the example dataset: 50 incidents
  const tty = () => captureIo(REPO, { stdoutIsTty: true, env: { NO_COLOR: '1' } });

  it('review on a terminal: tables, bars, no HTML entities, no Mermaid source', async () => {
    const io = tty();
    expect(await runCli(['review', '--period', '2026-Q3'], io)).toBe(0);
    const out = io.out.join('');
    expect(out).toMatch(/^Batch review 2026-Q3: 2026-07-01 to 2026-09-30\n═+\n/);
    expect(out).not.toMatch(/```|xychart|&[#a-z0-9]+;|\\[_*[\]<>#]|\u200b|<!--/);
    expect(out).toContain('\nWho noticed first\n  alert           4 ██████████████████████████████  (57%)\n');
    expect(out).toContain(
      '\nNoticed first by  Incidents  Share\n────────────────  ─────────  ─────\nalert                     4    57%\n',
    );
  });

  it('review piped, or with --format md on a terminal: the Markdown GitHub renders', async () => {
    const piped = captureIo(REPO);
    await runCli(['review', '--period', '2026-Q3'], piped);
    const asked = tty();
    await runCli(['review', '--period', '2026-Q3', '--format', 'md'], asked);
    expect(piped.out.join('')).toMatch(/^# Batch review 2026-Q3: 2026-07-01 to 2026-09-30\n/);
    expect(piped.out.join('')).toContain('```mermaid\npie title Who noticed first\n');
    expect(asked.out.join('')).toBe(piped.out.join(''));
  });

  it('status on a terminal, and as Markdown when piped', async () => {
    const repo = path.join(FIXTURES, 'validate', 'valid');
    const onTty = captureIo(repo, { stdoutIsTty: true, env: { NO_COLOR: '1' } });
    expect(await runCli(['status'], onTty)).toBe(0);
    expect(onTty.out.join('')).toBe(
      [
        'Incidents: 2 from 2026-02-01 to 2026-03-04',
        '══════════════════════════════════════════',
        '',
        '0 of them near misses.',
        '',
        'Status         Incidents',
        '─────────────  ─────────',
        'investigating          1',
        'mitigated              0',
        'resolved               0',
        'reviewed               1',
        '',
        'By severity',
        `  SEV1  1 ${'█'.repeat(30)}  (50%)`,
        `  SEV2  1 ${'█'.repeat(30)}  (50%)`,
        '',
        'Still open',
        '──────────',
        '',
        '  • 2026-02-01-checkout-slow',
        '',
        'Follow-ups',
        '──────────',
        '',
        '1 in all, 1 open, 1 past their due date.',
        '',
      ].join('\n'),
    );
    const piped = captureIo(repo);
    expect(await runCli(['status'], piped)).toBe(0);
    expect(piped.out.join('')).toBe(
      [
        '# Incidents: 2 from 2026-02-01 to 2026-03-04',
        '',
        '0 of them near misses.',
        '',
        '| Status | Incidents |',
        '|---|---:|',
        '| investigating | 1 |',
        '| mitigated | 0 |',
        '| resolved | 0 |',
        '| reviewed | 1 |',
        '',
        '```mermaid',
        'pie title By severity',
        '  "SEV1" : 1',
        '  "SEV2" : 1',
        '```',
        '',
        '## Still open',
        '',
        '- `2026-02-01-checkout-slow`',
        '',
        '## Follow-ups',
        '',
        '1 in all, 1 open, 1 past their due date.',
        '',
      ].join('\n'),
    );
    const asText = captureIo(repo, { env: { NO_COLOR: '1' } });
    await runCli(['status', '--format', 'text'], asText);
    expect(asText.out.join('')).toBe(onTty.out.join(''));
  });
});
