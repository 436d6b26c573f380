import type { ErrorObject } from 'ajv';
import type { SourceDocument } from '../incidents/document';
import type { PathSegment } from '../incidents/locate';
import { describeValue, fieldName, pointerToPath, quote } from '../core/describe';
import type { Finding, Position } from '../core/finding';
import type { RuleDefinition } from '../core/rule';
import {
  ALLOWED_VALUES,
  DUPLICATE_ITEM,
  FIELD_EMPTY,
  FIELD_RANGE,
  FIELD_TYPE,
  LIST_TOO_LONG,
  REQUIRED_BY_STATUS,
  REQUIRED_FIELD,
  SCHEMA_CATCH_ALL,
  UNKNOWN_FIELD,
} from './field-rules';
import {
  DATE_FORMAT,
  FIELD_FORMAT,
  FOLLOW_UP_ID_FORMAT,
  HANDLE_FORMAT,
  TIMESTAMP_FORMAT,
  TIMESTAMP_ZONE,
} from './format-rules';
import { MAX_LIST_ITEMS, withinListLimit } from './list-limit';
import { schemaValidator, type SchemaName } from './validators';
import { didYouMean, listOf } from '../core/suggest';
import {
  asDuration,
  asHandle,
  asTarget,
  dayOfResolution,
  earliestPossible,
  isoWallTime,
  paddedDay,
  usualZone,
} from './fix-values';

type Located = Pick<SourceDocument, 'file' | 'data' | 'locate'>;

interface Words {
  readonly rule: RuleDefinition;
  readonly message: string;
  readonly hint: string;
  /** Point at the key (unknown fields) rather than the value. */
  readonly at: 'key' | 'value';
  readonly path: readonly PathSegment[];
  /** A field reported missing, or the field an unknown one was probably meant to be: `parent path/field`. */
  readonly missing?: string;
  readonly meant?: string;
}

const fieldAt = (path: readonly PathSegment[], field: string) => JSON.stringify([...path, field]);

const EXAMPLE_TIMESTAMP = '2026-03-04T09:12:00Z';

function schemaDescription(error: ErrorObject): string {
  const description = (error.parentSchema as { description?: string } | undefined)?.description;
  return description ? ` (${description.replace(/\.$/, '')})` : '';
}

function unknownField(error: ErrorObject, path: PathSegment[]): Words {
  const field = String(error.params.additionalProperty);
  const allowed = Object.keys((error.parentSchema as { properties?: object }).properties ?? {});
  const guess = didYouMean(field, allowed);
  // Renamed to a field the mapping has already, it would be a duplicate key.
  const alreadyThere = guess !== undefined && Object.hasOwn((error.data as object | null) ?? {}, guess);
  const where = path.length === 0 ? '' : ` in ${fieldName(path)}`;
  return {
    rule: UNKNOWN_FIELD,
    message: `unknown field ${quote(field)}${where}${guess ? `; did you mean '${guess}'?` : ''}`,
    hint: !guess
      ? `remove it; the fields allowed here are ${listOf(allowed)}`
      : alreadyThere
        ? `remove it: '${guess}' is given already`
        : `rename it to '${guess}'`,
    at: 'key',
    path: [...path, field],
    ...(guess ? { meant: fieldAt(path, guess) } : {}),
  };
}

const PHASE_WORDS: Readonly<Record<string, string>> = {
  mitigated_at: 'when user impact stopped',
  resolved_at: 'when the cause was fixed',
};

/** The line a status's missing field needs, its value taken from the file's own times where it has them. */
function statusFieldExample(field: string, data: Readonly<Record<string, unknown>>): string {
  if (field.endsWith('_at')) {
    const earliest = earliestPossible(data, field);
    const when = PHASE_WORDS[field] ?? 'the time it happened';
    // A record made after the fact may not know the time: unknown says so, and counts as missing in the review.
    return earliest
      ? `${field}: ${earliest.value}, set to ${when} (${earliest.from} is the earliest it can be), or unknown if nobody recorded it`
      : `${field}: ${EXAMPLE_TIMESTAMP}, set to ${when}, or unknown if nobody recorded it`;
  }
  if (field === 'date' || field === 'review') {
    const day = dayOfResolution(data);
    const line = field === 'review' ? `review: { date: ${day ?? '2026-03-10'} }` : `date: ${day ?? '2026-03-10'}`;
    return `${line}, set to the day of the review meeting${day ? ' (the day of resolved_at is the earliest it can be)' : ''}`;
  }
  return `${field}: ...`;
}

function requiredField(error: ErrorObject, path: PathSegment[], data: unknown): Words {
  const field = String(error.params.missingProperty);
  const byStatus = /\/then\//.test(error.schemaPath);
  const status = (data as { status?: unknown }).status;
  const full = fieldName([...path, field]);
  if (byStatus && typeof status === 'string') {
    const example = statusFieldExample(field, data as Readonly<Record<string, unknown>>);
    return {
      rule: REQUIRED_BY_STATUS,
      message: `missing '${full}': an incident with status '${status}' needs it`,
      hint: `add ${path.length ? `under ${fieldName(path)}: ` : ''}${example}; or, if the incident has not reached '${status}' yet, set status back`,
      at: path.length ? 'key' : 'value',
      path: path.length ? path : ['status'],
      missing: fieldAt(path, field),
    };
  }
  const described = (error.parentSchema as { properties?: Record<string, { description?: string }> }).properties?.[
    field
  ]?.description;
  return {
    rule: REQUIRED_FIELD,
    message: `missing required field '${full}'`,
    hint: `add a line '${field}: ...'${described ? ` (${described.replace(/\.$/, '')})` : ''}`,
    at: 'key',
    path,
    missing: fieldAt(path, field),
  };
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** 'February 2026 has 28 days' when the value's date has the right form but no such day; undefined otherwise. */
function impossibleDay(value: unknown): string | undefined {
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12) return `there is no month ${match[2]}`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day < 1 || day > days ? `${MONTHS[month - 1]} ${year} has ${days} days` : undefined;
}

/** The zone the file's other times use, or Z and the offset alternative when they use none. */
function zoneHint(value: string, data: Readonly<Record<string, unknown>>): string {
  const wall = value.replace(' ', 'T') + (value.length === 16 ? ':00' : '');
  const zone = usualZone(data);
  return zone === 'Z'
    ? `add Z for UTC (${wall}Z) or an offset such as +01:00`
    : `add the zone the file's other times are written in (${wall}${zone}), or Z for UTC`;
}

function timestampHint(value: unknown, data: Readonly<Record<string, unknown>>): string {
  const wall = typeof value === 'string' ? isoWallTime(value) : undefined;
  if (wall)
    return zoneHint(wall, data).replace(/^add/, 'write it with two-digit hours and minutes, a T and a zone: add');
  return 'write the date, a T, the time and the zone, in the form YYYY-MM-DDTHH:MM:SSZ (Z for UTC, or an offset such as +01:00); if nobody recorded the time, write its day alone (YYYY-MM-DD) or unknown';
}

function dateHint(value: unknown): string {
  const padded = typeof value === 'string' ? paddedDay(value) : undefined;
  return padded
    ? `write the month and the day with two digits each: ${padded}`
    : 'write the year, month and day with two digits each: YYYY-MM-DD';
}

function formatWords(
  error: ErrorObject,
  path: PathSegment[],
  value: unknown,
  data: Readonly<Record<string, unknown>>,
): Words {
  const name = fieldName(path);
  const format = String(error.params.format);
  const given = describeValue(value);
  const noSuchDay = (format === 'date-time' || format === 'date') && impossibleDay(value);
  if (noSuchDay) {
    return {
      rule: format === 'date' && !String(path[path.length - 1]).endsWith('_at') ? DATE_FORMAT : TIMESTAMP_FORMAT,
      message: `${name} is not a day of the calendar (got ${given}): ${noSuchDay}`,
      hint: 'check the day and the month: they may be swapped, or the day one too far',
      at: 'value',
      path,
    };
  }
  if (format === 'date-time') {
    const naive = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value);
    return naive
      ? {
          rule: TIMESTAMP_ZONE,
          message: `${name} has no time zone (got ${given})`,
          hint: zoneHint(String(value), data),
          at: 'value',
          path,
        }
      : {
          rule: TIMESTAMP_FORMAT,
          message: `${name} must be a timestamp like ${EXAMPLE_TIMESTAMP} (got ${given})`,
          hint: timestampHint(value, data),
          at: 'value',
          path,
        };
  }
  if (format === 'date') {
    return {
      rule: DATE_FORMAT,
      message: `${name} must be a date like 2026-04-01 (got ${given})`,
      hint: dateHint(value),
      at: 'value',
      path,
    };
  }
  return {
    rule: FIELD_FORMAT,
    message: `${name} must be a valid ${format} (got ${given})`,
    hint: `fix the value of ${name}`,
    at: 'value',
    path,
  };
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a set of fields',
};

/** How to write `value` as text, in YAML that parses: JSON's double-quoted strings are YAML's too. */
function textHint(value: unknown, name: string): string {
  const item = /\[\d+\]$/.test(name);
  if (Array.isArray(value))
    return `write it as one line of text, like ${name.split('.').pop()}: ${JSON.stringify(value.map(String).join(', '))}`;
  if (typeof value === 'object' && value !== null)
    return `write it as one line of text, not as fields on the lines below`;
  const quoted = JSON.stringify(String(value));
  return item
    ? `put the item in double quotes: - ${quoted}`
    : `put the value in double quotes: ${name.split('.').pop()}: ${quoted}`;
}

function typeHint(expected: string, value: unknown, name: string): string {
  if (value === null || value === undefined)
    return `write a value after '${name.split('.').pop()}:', or delete the line`;
  if (expected === 'string') return textHint(value, name);
  if (expected === 'array')
    return typeof value === 'string'
      ? `write a list: ${name.split('.').pop()}: [${value}]`
      : 'write a list, like [a, b]';
  if (expected === 'boolean') return 'write true or false, without quotes';
  if (expected === 'integer' || expected === 'number') return 'write digits only, without quotes or units';
  if (expected === 'object') return `write the fields of ${name} on the lines below it, indented by two spaces`;
  return `change ${name} to ${TYPE_WORDS[expected] ?? expected}`;
}

function handleHint(value: unknown): string {
  const handle = typeof value === 'string' ? asHandle(value) : undefined;
  if (handle === undefined)
    return 'write their GitHub handle in double quotes: @ then letters, digits or hyphens, like "@alice"';
  const same = typeof value === 'string' && handle === `@${value.trim()}`;
  return same
    ? `write it as ${JSON.stringify(handle)}, in double quotes`
    : `write their GitHub handle in double quotes, like ${JSON.stringify(handle)} if that is theirs`;
}

/** A value of a fixed form, rewritten in it when the words say what was meant: '5 days' -> 5d, 'at most 30 minutes' -> "<= 30m". */
function formHint(error: ErrorObject, value: unknown, examples: readonly string[]): string {
  const pattern = String(error.schema);
  const text = typeof value === 'string' ? value : undefined;
  const rewritten =
    text === undefined
      ? undefined
      : pattern === '^\\d+(m|h|d|w)$'
        ? asDuration(text)
        : pattern.includes('(<=|>=|<|>|==)')
          ? asTarget(text)
          : undefined;
  if (rewritten !== undefined) return `write it as ${/^[<>=]/.test(rewritten) ? JSON.stringify(rewritten) : rewritten}`;
  return `write it in one of these forms: ${listOf([...examples])}`;
}

function patternWords(error: ErrorObject, path: PathSegment[], value: unknown): Words {
  const name = fieldName(path);
  const given = describeValue(value);
  const last = path[path.length - 1];
  if (String(error.schema).startsWith('^@')) {
    return {
      rule: HANDLE_FORMAT,
      message: `${name} must be a GitHub handle like "@alice" or "@org/team" (got ${given})`,
      hint: handleHint(value),
      at: 'value',
      path,
    };
  }
  if (last === 'id' && path[0] === 'follow_ups') {
    const slug =
      typeof value === 'string'
        ? value
            .toLowerCase()
            .replace(/[^a-z0-9]+/g, '-')
            .replace(/^-|-$/g, '')
        : '';
    return {
      rule: FOLLOW_UP_ID_FORMAT,
      message: `follow-up id ${given} must be a slug: lowercase letters, digits and hyphens`,
      hint: slug ? `use '${slug}'` : 'use something like canary-analysis',
      at: 'value',
      path,
    };
  }
  const examples = (error.parentSchema as { examples?: unknown[] }).examples?.map((e) => `"${String(e)}"`);
  return examples?.length
    ? {
        rule: FIELD_FORMAT,
        message: `${name} must look like ${listOf(examples)} (got ${given})`,
        hint: formHint(error, value, examples),
        at: 'value',
        path,
      }
    : {
        rule: FIELD_FORMAT,
        message: `${name} has the wrong form (got ${given})`,
        hint: `it must match ${String(error.schema)}${schemaDescription(error)}`,
        at: 'value',
        path,
      };
}

function words(error: ErrorObject, data: unknown): Words | undefined {
  const path = pointerToPath(error.instancePath);
  const name = fieldName(path);
  const value = error.data;
  const given = describeValue(value);
  switch (error.keyword) {
    case 'additionalProperties':
      return unknownField(error, path);
    case 'required':
      return requiredField(error, path, data);
    case 'enum': {
      const allowed = (error.params.allowedValues as unknown[]).map(String);
      const guess = typeof value === 'string' ? didYouMean(value, allowed) : undefined;
      return {
        rule: ALLOWED_VALUES,
        message: `${name} must be one of ${allowed.join(', ')} (got ${given})`,
        hint: guess ? `did you mean '${guess}'?` : `pick one of ${listOf(allowed)}`,
        at: 'value',
        path,
      };
    }
    case 'const':
      return {
        rule: ALLOWED_VALUES,
        message: `${name} must be ${quote(String(error.params.allowedValue))} (got ${given})`,
        hint: `change it to ${String(error.params.allowedValue)}`,
        at: 'value',
        path,
      };
    case 'type': {
      const expected = String(error.params.type);
      return {
        rule: FIELD_TYPE,
        message: `${name} must be ${TYPE_WORDS[expected] ?? expected} (got ${given})`,
        hint: typeHint(expected, value, name),
        at: 'value',
        path,
      };
    }
    case 'format':
      return formatWords(error, path, value, data as Readonly<Record<string, unknown>>);
    case 'pattern':
      return patternWords(error, path, value);
    case 'minLength':
      return {
        rule: FIELD_EMPTY,
        message: `${name} must not be empty`,
        hint: `write a value for ${name}${schemaDescription(error)}`,
        at: 'value',
        path,
      };
    case 'minItems':
      return {
        rule: FIELD_EMPTY,
        message: `${name} must list at least ${String(error.params.limit)}`,
        hint: `add an entry to ${name}`,
        at: 'value',
        path,
      };
    case 'minimum':
    case 'maximum':
      return {
        rule: FIELD_RANGE,
        message: `${name} must be ${error.keyword === 'minimum' ? 'at least' : 'at most'} ${String(error.params.limit)} (got ${given})`,
        hint: `change ${name}`,
        at: 'value',
        path,
      };
    case 'uniqueItems': {
      const j = Number(error.params.j);
      const duplicate = Array.isArray(value) ? value[Math.max(Number(error.params.i), j)] : undefined;
      return {
        rule: DUPLICATE_ITEM,
        message: `${name} lists ${describeValue(duplicate)} twice`,
        hint: 'remove the second one',
        at: 'value',
        path: [...path, Math.max(Number(error.params.i), j)],
      };
    }
    case 'if':
    case 'allOf':
      return undefined; // the failing `then` reports the real problem
    default:
      return {
        rule: SCHEMA_CATCH_ALL,
        message: `${name} ${error.message ?? 'is not valid'}`,
        hint: `fix ${name}${schemaDescription(error)}`,
        at: 'value',
        path,
      };
  }
}

/** Check a document against a schema; every problem becomes a finding with a position. */
export function schemaFindings(document: Located, schema: SchemaName): Finding[] {
  const validate = schemaValidator(schema);
  const { data, cut } = withinListLimit(document.data);
  const findings: Finding[] = cut.map(({ path, length }) => ({
    file: document.file,
    ...document.locate.key(path),
    rule: LIST_TOO_LONG.id,
    severity: LIST_TOO_LONG.severity,
    message: `${fieldName(path)} lists ${length.toLocaleString('en-US')} items; a list may hold at most ${MAX_LIST_ITEMS.toLocaleString('en-US')}`,
    hint: 'an incident file records one incident: keep the items that matter and move the rest (logs, long lists) to a linked document',
  }));
  if (validate(data)) return findings;
  const seen = new Set<string>();
  const all = (validate.errors ?? []).flatMap((error) => words(error, document.data) ?? []);
  // A misspelt field ('serverity') is one mistake: the unknown field says which it meant, so the missing one is not reported again.
  const meant = new Set(all.flatMap((w) => w.meant ?? []));
  for (const w of all) {
    if (w.missing !== undefined && meant.has(w.missing)) continue;
    const position: Position = w.at === 'key' ? document.locate.key(w.path) : document.locate.value(w.path);
    const key = `${position.line}:${position.column}:${w.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push({
      file: document.file,
      ...position,
      rule: w.rule.id,
      severity: w.rule.severity,
      message: w.message,
      hint: w.hint,
    });
  }
  return findings;
}
