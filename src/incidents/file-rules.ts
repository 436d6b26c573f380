/**
 * The rules of reading a file (read/file.ts, read/config.ts) and finding
 * its frontmatter (parse-document.ts): what stops a file before any field
 * is checked.
 */
import { defineRule, lines, type ExampleFile, type ExampleRepository } from '../core/rule';
import { asDescribed, EXAMPLE_FILE, EXAMPLE_INCIDENT, inBody, overlay, wholeFile } from '../core/rule-examples';
import { MAX_FILE_BYTES } from './limits';

/** The example incident with a letter outside ASCII, in the encoding named: Windows-1252 is Latin-1 for that letter. */
function savedAs(encoding: 'utf-8' | 'windows-1252'): ExampleRepository {
  return () => {
    const text = overlay(EXAMPLE_INCIDENT, 'title: Checkout errors after payment-gateway deploy in Zürich');
    return [
      {
        path: EXAMPLE_FILE,
        bytes: encoding === 'utf-8' ? new TextEncoder().encode(text) : Uint8Array.from(text, (ch) => ch.charCodeAt(0)),
      },
    ];
  };
}

export const FILE_NOT_TEXT = defineRule({
  id: 'file-not-text',
  severity: 'error',
  summary: 'the file is UTF-8 text, not a binary file or another encoding',
  why: 'The tools, GitHub and your colleagues all read incident files as UTF-8 text. A file in another encoding, or a binary file named .md, cannot be checked or read.',
  wrong: lines(
    'incidents/2026/2026-03-04-checkout-errors.md',
    '  saved as Windows-1252, or a screenshot renamed to .md',
  ),
  right: lines('incidents/2026/2026-03-04-checkout-errors.md', '  saved as UTF-8 (most editors: "Save with encoding")'),
  language: 'text',
  repository: { wrong: savedAs('windows-1252'), right: savedAs('utf-8') },
});

/** One line of the pasted log the example stands for. */
const LOG_LINE =
  '2026-03-04T09:12:00.123Z ERROR checkout-api POST /checkout 502 upstream payments-gateway timed out after 30000 ms';

/** The placeholder made real: the lines it counts, enough to pass MAX_FILE_BYTES. */
function pastedLog(shown: string): string {
  const count = Number(/\(([\d,]+) lines of pasted log\)/.exec(shown)?.[1]?.replace(/,/g, ''));
  if (count * (LOG_LINE.length + 1) <= MAX_FILE_BYTES)
    throw new Error(`${count} log lines do not pass the limit of ${MAX_FILE_BYTES} bytes`);
  return shown.replace(/\(.* lines of pasted log\)/, Array.from({ length: count }, () => LOG_LINE).join('\n'));
}

export const FILE_TOO_LARGE = defineRule({
  id: 'file-too-large',
  severity: 'error',
  summary: 'the file is at most 1 MiB',
  why: 'An incident report is read by people; pasted logs and dumps bury what matters and slow every check. Link to them instead.',
  wrong: lines('## Timeline', '', '09:12 checkout-api log:', '(40,000 lines of pasted log)'),
  right: lines(
    '## Timeline',
    '',
    '09:12 checkout-api starts failing; see the log excerpt:',
    'https://logs.example.com/saved/checkout-2026-03-04',
  ),
  language: 'markdown',
  repository: { wrong: inBody({ expand: pastedLog }), right: inBody() },
});

/** 'link -> target': a symbolic link in the incidents folder, and the incident it points to outside it. */
function linked(shown: string): readonly ExampleFile[] {
  const [, link = '', target = ''] = /^(\S+) -> (\S+)$/m.exec(shown) ?? [];
  const pointed = target
    .split('/')
    .reduce((at, part) => (part === '..' ? at.slice(0, -1) : [...at, part]), link.split('/').slice(0, -1));
  return [
    { path: link, linkTo: target },
    { path: pointed.join('/'), text: EXAMPLE_INCIDENT },
  ];
}

export const FILE_SYMLINK = defineRule({
  id: 'file-symlink',
  severity: 'warning',
  summary: 'incident files and folders are real ones, not symbolic links',
  why: 'A link can point anywhere, even outside the repository, so it is never followed: the incident it points to, or the folder of incidents, is not checked.',
  wrong: lines('incidents/2026/checkout.md -> ../../notes/checkout.md'),
  right: lines('incidents/2026/2026-03-04-checkout-errors.md   (the file itself)'),
  language: 'text',
  repository: { wrong: linked, right: asDescribed },
});

export const FRONTMATTER_MISSING = defineRule({
  id: 'frontmatter-missing',
  severity: 'error',
  summary: "the file starts with a YAML frontmatter block between two '---' lines",
  why: 'The fields at the top (id, status, severity, times) are what gets checked, counted and reviewed. Without the block the file is just prose.',
  wrong: lines('# Checkout errors after payment-gateway deploy', '', 'Severity: SEV1, started 09:12 UTC'),
  right: lines(
    '---',
    'id: 2026-03-04-checkout-errors',
    'title: Checkout errors after payment-gateway deploy',
    'status: investigating',
    'severity: SEV1',
    'started_at: 2026-03-04T09:12:00Z',
    '---',
    '# Checkout errors after payment-gateway deploy',
  ),
  language: 'markdown',
  repository: { wrong: wholeFile() },
});

export const FRONTMATTER_UNCLOSED = defineRule({
  id: 'frontmatter-unclosed',
  severity: 'error',
  summary: "the frontmatter block ends with a second '---' line",
  why: 'Without the closing line, nobody can tell where the fields end and the report begins, so none of it can be read.',
  wrong: lines(
    '---',
    'id: 2026-03-04-checkout-errors',
    'severity: SEV1',
    '# Checkout errors after payment-gateway deploy',
  ),
  right: lines(
    '---',
    'id: 2026-03-04-checkout-errors',
    'severity: SEV1',
    '---',
    '# Checkout errors after payment-gateway deploy',
  ),
  language: 'markdown',
  repository: { wrong: wholeFile() },
});

export const FRONTMATTER_NOT_MAPPING = defineRule({
  id: 'frontmatter-not-mapping',
  severity: 'error',
  summary: "the frontmatter is a set of 'field: value' lines, not a list or a single value",
  why: 'Each field is looked up by its name; a list or a lone sentence has no names to look up.',
  wrong: lines('---', '- 2026-03-04-checkout-errors', '- SEV1', '---'),
  right: lines('---', 'id: 2026-03-04-checkout-errors', 'severity: SEV1', '---'),
  repository: { wrong: wholeFile() },
});
