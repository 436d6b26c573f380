import type { SourceDocument } from '../../incidents/document';
import { quote } from '../../core/describe';
import type { Finding } from '../../core/finding';
import { FIELD_FORMAT } from '../../schema/format-rules';
import { linearPatternProblem } from '../linear-pattern';

type ConfigDocument = Pick<SourceDocument, 'file' | 'data' | 'locate'>;

function compiles(pattern: string, flags: string): string | undefined {
  try {
    new RegExp(pattern, flags);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * The schema's `format: regex` compiles id_pattern without flags, but ids
 * are matched with the u flag (so \p{L} and emoji work), which is
 * stricter: `\-` outside brackets, for one, is refused. Such a pattern
 * passed the schema and then stopped every command; now it is a finding.
 */
export function idPatternFindings(document: ConfigDocument): Finding[] {
  const pattern = document.data.id_pattern;
  if (typeof pattern !== 'string' || compiles(pattern, '') !== undefined) return [];
  const problem = compiles(pattern, 'u');
  if (problem === undefined) {
    const slow = linearPatternProblem(pattern);
    if (slow === undefined) return [];
    return [
      {
        file: document.file,
        ...document.locate.value(['id_pattern']),
        rule: FIELD_FORMAT.id,
        severity: FIELD_FORMAT.severity,
        message: `id_pattern ${quote(pattern)} cannot be matched in a time bounded by the id's length: ${slow}`,
        hint: 'ids are matched by a linear-time engine (RE2), which has no lookahead, lookbehind or backreference (\\1) and repeats at most 1000 times: write the pattern without them',
      },
    ];
  }
  return [
    {
      file: document.file,
      ...document.locate.value(['id_pattern']),
      rule: FIELD_FORMAT.id,
      severity: FIELD_FORMAT.severity,
      message: `id_pattern ${quote(pattern)} is not a valid regular expression in Unicode mode: ${problem.replace(/^Invalid regular expression: \/.*\/\w*: /, '')}`,
      hint: 'ids are matched with the u flag, where a backslash may only escape a character with a meaning (\\. \\d \\[ ...): write \\- as -, for one',
    },
  ];
}
