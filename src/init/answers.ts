import { DEFAULT_CATEGORIES, DEFAULT_SEVERITIES } from '../config/defaults';

/** What `incidents init` needs to know about the program it sets up. */
export interface InitAnswers {
  /** Severity ids, most severe first. */
  readonly severities: readonly string[];
  readonly categories: readonly string[];
  /** The service catalog; empty means no catalog (any service name is accepted). */
  readonly services: readonly string[];
  /** The branch whose pushes file the follow-ups. */
  readonly branch: string;
}

export const DEFAULT_ANSWERS: InitAnswers = {
  severities: DEFAULT_SEVERITIES.map((s) => s.id),
  categories: DEFAULT_CATEGORIES.map((c) => c.id),
  services: [],
  branch: 'main',
};

/** A config id: what the config schema accepts for severities, categories and services. */
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** A git branch name the workflow's `branches:` filter takes literally (no glob characters, no spaces). */
const BRANCH = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

/** A comma- or space-separated list of ids, each once. */
export function parseIdList(text: string, what: string, allowEmpty: boolean): Parsed<string[]> {
  const ids = text
    .split(/[,\s]+/)
    .map((id) => id.trim())
    .filter(Boolean);
  if (ids.length === 0 && !allowEmpty) return { ok: false, reason: `give at least one ${what}` };
  const bad = ids.find((id) => !ID.test(id));
  if (bad !== undefined)
    return {
      ok: false,
      reason: `'${bad}' is not a ${what} id: use letters, digits, '.', '_' and '-', starting with a letter or digit`,
    };
  const seen = new Set<string>();
  const twice = ids.find((id) => (seen.has(id.toLowerCase()) ? true : (seen.add(id.toLowerCase()), false)));
  if (twice !== undefined) return { ok: false, reason: `${what} '${twice}' is listed twice` };
  return { ok: true, value: ids };
}

export function parseBranch(text: string): Parsed<string> {
  const branch = text.trim();
  return BRANCH.test(branch) && !branch.includes('..')
    ? { ok: true, value: branch }
    : { ok: false, reason: `'${text}' is not a branch name a workflow can filter on` };
}
