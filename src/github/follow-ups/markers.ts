/**
 * Hidden markers in issue bodies. The identity marker makes every issue
 * findable again (idempotency); the managed markers fence the part sync
 * owns, so people may write anything outside them.
 */
const PREFIX = 'incidents-as-code';

export function identityMarker(key: string): string {
  return `<!-- ${PREFIX}:follow-up ${key} -->`;
}

export const MANAGED_START = `<!-- ${PREFIX}:managed:start (edits between these markers are replaced by the next sync) -->`;
export const MANAGED_END = `<!-- ${PREFIX}:managed:end -->`;

const IDENTITY = new RegExp(`<!-- ${PREFIX}:follow-up (\\S+/\\S+) -->`);
const MANAGED = new RegExp(`<!-- ${PREFIX}:managed:start[^\\n]*?-->[\\s\\S]*?<!-- ${PREFIX}:managed:end -->`);

/** The follow-up key an issue body carries, if any. */
export function readKey(body: string | null | undefined): string | undefined {
  return body ? IDENTITY.exec(body)?.[1] : undefined;
}

/** The managed part of a body (markers included), if present. */
export function readManaged(body: string): string | undefined {
  return MANAGED.exec(body)?.[0];
}

/**
 * The body with its managed part replaced; what people wrote around it is
 * kept. A body that lost its managed part gets a fresh one at the top.
 */
export function replaceManaged(body: string, managed: string): string {
  if (MANAGED.test(body)) return body.replace(MANAGED, () => managed);
  return `${managed}\n\n${body}`;
}
