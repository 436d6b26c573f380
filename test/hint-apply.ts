/*
 * What a person does with a hint that offers something to copy: copy it,
 * literally, where the finding points. Each form a hint gives a literal in
 * has an applier here; a hint that only gives advice must match one of
 * ADVICE. test/hints.property.test.ts holds every rule's hints to this:
 * a hint copied literally fixes its finding and raises no new one.
 */
import type { Finding } from '../src/core/finding';

/** A repository as text: path from the root to the file's text (only text files are edited). */
export type Files = Map<string, string | Uint8Array | { readonly linkTo: string }>;

type Apply = (match: RegExpExecArray, files: Files, finding: Finding) => Files;

function textOf(files: Files, file: string): string {
  const text = files.get(file);
  if (typeof text !== 'string') throw new Error(`${file} is not a text file of the repository`);
  return text;
}

function withLines(files: Files, file: string, edit: (lines: string[]) => void): Files {
  const lines = textOf(files, file).split('\n');
  edit(lines);
  return new Map(files).set(file, lines.join('\n'));
}

/** Where a YAML value that starts at `start` ends: a quoted string, an item of a flow list, or the rest of the line. */
function valueEnd(line: string, start: number): number {
  const first = line[start];
  if (first === '"') {
    let i = start + 1;
    while (i < line.length && line[i] !== '"') i += line[i] === '\\' ? 2 : 1;
    return i + 1;
  }
  if (first === "'") return line.indexOf("'", start + 1) + 1;
  const before = line.slice(0, start);
  const inFlow = (before.match(/[[{]/g) ?? []).length > (before.match(/[\]}]/g) ?? []).length;
  let end = start;
  while (end < line.length && !(inFlow ? /[,\]}]/ : /^$/).test(line[end]!) && !line.startsWith(' #', end)) end++;
  return start + line.slice(start, end).trimEnd().length;
}

/** The value at the finding's position, replaced by `value` as written in the hint. */
const replaceValue =
  (group = 1): Apply =>
  (match, files, { file, line, column }) =>
    withLines(files, file, (lines) => {
      const text = lines[line - 1]!;
      lines[line - 1] = text.slice(0, column - 1) + match[group]! + text.slice(valueEnd(text, column - 1));
    });

/** The whole line at the finding, replaced by the line the hint gives (its indentation kept). */
const replaceLine: Apply = (match, files, { file, line }) =>
  withLines(files, file, (lines) => {
    const indent = /^\s*/.exec(lines[line - 1]!)![0];
    lines[line - 1] = indent + match[1]!.trim();
  });

/** The frontmatter's closing line. */
function closingLine(lines: readonly string[]): number {
  return lines.indexOf('---', 1);
}

/** A field added: under a named mapping, into the list item the finding points at, or at the top level. */
function addField(files: Files, finding: Finding, field: string, value: string, under?: string): Files {
  return withLines(files, finding.file, (lines) => {
    if (under) {
      const at = lines.findIndex((l) => l.startsWith(`${under}:`));
      lines.splice(at + 1, 0, `  ${field}: ${value}`);
      return;
    }
    const pointed = lines[finding.line - 1]!;
    // A list item's key: the field goes into that item, at its keys' indentation.
    if (pointed.slice(0, finding.column - 1).endsWith('- ')) {
      lines.splice(finding.line, 0, `${' '.repeat(finding.column - 1)}${field}: ${value}`);
      return;
    }
    lines.splice(closingLine(lines), 0, `${field}: ${value}`);
  });
}

/** Where a section added after the one at `line` goes: before the next heading, or at the end of the file. */
function endOfSection(lines: readonly string[], line: number): number {
  for (let i = line; i < lines.length; i++) if (/^#{1,6} /.test(lines[i]!)) return i;
  return lines.length;
}

const LITERALS: readonly { readonly pattern: RegExp; readonly apply: Apply }[] = [
  {
    pattern: /^rename it to '([^']+)'$/,
    apply: (match, files, { file, line, column }) =>
      withLines(files, file, (lines) => {
        const text = lines[line - 1]!;
        lines[line - 1] = text.slice(0, column - 1) + match[1]! + text.slice(text.indexOf(':', column - 1));
      }),
  },
  { pattern: /^did you mean '([^']+)'\?(?:;|$)/, apply: replaceValue() },
  { pattern: /^write it as ("[^"]*"|[^\s,]+)(?:, in double quotes)?$/, apply: replaceValue() },
  { pattern: /^use '([^']+)'$/, apply: replaceValue() },
  { pattern: /like ("@[^"]+") if that is theirs$/, apply: replaceValue() },
  { pattern: /like the file's name: (\S+)$/, apply: replaceValue() },
  {
    pattern: /^use the start date and a short lowercase slug, like (\d{4}-\d{2}-\d{2}-[a-z0-9-]+)$/,
    apply: replaceValue(),
  },
  { pattern: /\((\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2}))\)/, apply: replaceValue() },
  { pattern: /two digits each: (\d{4}-\d{2}-\d{2})$/, apply: replaceValue() },
  { pattern: /^name one label without a comma, like '([^',]+)'$/, apply: replaceValue() },
  {
    pattern: /can reach, like ("[^"]+")$|as a \w+, like ("[^"]+") \(/,
    apply: (m, f, x) => replaceValue(m[1] ? 1 : 2)(m, f, x),
  },
  {
    pattern:
      /^(?:put the (?:whole )?value in double quotes(?::|, for example)|put the item in double quotes:|write a list:|write a space after the colon:) (.+)$/,
    apply: replaceLine,
  },
  {
    pattern: /^add (?:under (\w+): )?(\w+): (\{[^}]*\}|\S+), set to /,
    apply: (match, files, finding) => addField(files, finding, match[2]!, match[3]!, match[1]),
  },
  {
    pattern: /^add (owner): ("@[^"]+");/,
    apply: (match, files, finding) => addField(files, finding, match[1]!, match[2]!),
  },
  {
    pattern: /, or add (no_follow_ups_reason): ("[^"]*")/,
    apply: (match, files, finding) => addField(files, { ...finding, line: 1, column: 1 }, match[1]!, match[2]!),
  },
  {
    pattern: /^rename the file to (\S+\.md) /,
    apply: (match, files, { file }) => {
      const renamed = new Map(files);
      const text = renamed.get(file)!;
      renamed.delete(file);
      return renamed.set(`${file.slice(0, file.lastIndexOf('/') + 1)}${match[1]}`, text);
    },
  },
  { pattern: /^rename '(?:#+ [^']+)' to '(#+ [^']+)'$/, apply: replaceLine },
  {
    pattern:
      /^add a '(#+ [^']+)' heading (?:before the '.*?' section \(line (\d+)\)|after the '.*?' section \(line (\d+)\)|below the frontmatter's closing '---' \(the file has no body yet\)|in the Markdown body below the frontmatter), and what belongs under it;/,
    apply: (match, files, { file }) =>
      withLines(files, file, (lines) => {
        const at = match[2] ? Number(match[2]) - 1 : match[3] ? endOfSection(lines, Number(match[3])) : lines.length;
        lines.splice(at, 0, match[1]!, '', 'Written.', '');
      }),
  },
  {
    pattern: /, or 'None\.' if there really is nothing$/,
    apply: (_, files, { file, line }) => withLines(files, file, (lines) => lines.splice(line, 0, '', 'None.')),
  },
  {
    pattern: /^keep one '[^']+' line and delete the other$/,
    apply: (_, files, { file, line }) => withLines(files, file, (lines) => lines.splice(line - 1, 1)),
  },
];

/**
 * Hints that give advice rather than something to copy (a choice only the
 * writer can make, or work beyond one line), by rule: matched whole, so a
 * hint that starts offering a literal has to be taught to LITERALS above.
 */
export const ADVICE: Readonly<Record<string, RegExp>> = {
  'file-not-text': /^(save the file as UTF-8|incident files must be UTF-8 text|name the incident file itself)/,
  'file-too-large': /^move logs, dumps and screenshots out of the file/,
  'file-symlink': /(commit the incident file itself|move the incident files into the incidents folder)/,
  'frontmatter-missing': /^start the file with a line '---'/,
  'frontmatter-unclosed': /^add a line with only '---' after the last field/,
  'frontmatter-not-mapping': /^write one field per line/,
  'yaml-syntax': /^(check the indentation|write it as .*: followed by its value)/,
  'yaml-tab': /^replace the tab at the start of this line with spaces/,
  'yaml-tag': /^remove the tag and write the value as plain text/,
  'yaml-alias': /^remove &\S+ and replace each \*\S+ with the value itself$/,
  'yaml-too-deep': /^no field of an incident or the config is more than a few levels deep/,
  'list-too-long': /^an incident file records one incident/,
  'unknown-field': /^remove it(; the fields allowed here are |, or merge it into the '[^']+' line: )/,
  'required-field': /^add a line '\w+: \.\.\.'/,
  'required-by-status': /^add \w+: .*; or, if the incident has not reached/,
  'title-format': /^(write one line|write the title on one line|keep the title to what users experienced)/,
  'field-type':
    /^(write true or false|write digits only|write a value after|write a list, like|write the fields of|write it as one line of text)/,
  'allowed-values': /^(pick one of|change it to)/,
  'field-empty': /^(write a value for|add an entry to)/,
  'field-range': /^change /,
  'duplicate-item': /^remove the second one$/,
  'handle-format': /^write their GitHub handle in double quotes: @ then letters/,
  'field-format': /^(write it in one of these forms|it must match|fix the value of)/,
  'timestamp-format': /^(write the date, a T, the time and the zone, in the form|check the day and the month)/,
  'date-format': /^(write the year, month and day with two digits each: YYYY-MM-DD|check the day and the month)/,
  'timestamp-order': /^(timestamps must be in order|check the review date)/,
  'timestamp-future': /^(record times that have already happened|set review\.date once|set closed_at to the day)/,
  'detected-at-missing': /^add detected_at: the time the first alert fired/,
  'severity-value': /^use one of .*, or add a new severity/,
  'category-value': /^use one of .*, or add a new category/,
  'service-value': /^use one of .*, or add a new service/,
  'id-format': /(remove the|retype|change the id to match id_pattern)/,
  'id-duplicate': /^ids must be unique/,
  'reference-unknown': /^(use the id from the other incident file's frontmatter|keep .*, or point)/,
  'reference-self': /^point \S+ at an earlier incident, or remove it$/,
  'follow-up-id-format': /^use something like canary-analysis$/,
  'follow-up-id-duplicate': /^give each follow-up its own id/,
  'follow-ups-too-many': /^keep the follow-ups this incident's review decided on/,
  'follow-up-closed-at': /^add closed_at: YYYY-MM-DD/,
  'config-not-mapping': /^see docs\/config\.md for an example \.incidents\.yml/,
  'config-duplicate-id': /^remove or rename one of them$/,
  'config-unknown-severity': /^use one of /,
  'config-goal-target': /^(write the target as|set a target)/,
};

/** The repository after copying the finding's hint literally, or undefined when the hint gives advice (ADVICE) only. */
export function applyHint(files: Files, finding: Finding): Files | undefined {
  for (const { pattern, apply } of LITERALS) {
    const match = pattern.exec(finding.hint);
    if (match) return apply(match, files, finding);
  }
  const advice = ADVICE[finding.rule];
  if (advice?.test(finding.hint)) return undefined;
  throw new Error(
    `the hint of ${finding.rule} at ${finding.file}:${finding.line}:${finding.column} neither offers a literal applyHint knows nor is listed as advice: ${finding.hint}`,
  );
}
