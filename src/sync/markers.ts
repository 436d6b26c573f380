/**
 * Hidden markers in issue bodies. The identity marker makes every issue
 * findable again (idempotency); the managed markers fence the part sync
 * owns, so people may write anything outside them.
 */
const PREFIX = 'incidents-as-code';

/** Characters a key keeps as they are in its marker; anything else (a space, '-->') is percent-encoded. */
const KEY_UNSAFE = /[^A-Za-z0-9._~/-]/gu;

function encodeKey(key: string): string {
  return key.replace(KEY_UNSAFE, (ch) =>
    [...new TextEncoder().encode(ch)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
  );
}

function decodeKey(encoded: string): string | undefined {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return undefined;
  }
}

/**
 * An incident id may be anything its id_pattern allows; encoded, it cannot
 * end the comment or split the marker. `source` is the repository whose
 * incident files hold the follow-up: several repositories may file into one
 * tracker, and each keeps to its own issues.
 */
export function identityMarker(key: string, source?: string): string {
  return `<!-- ${PREFIX}:follow-up ${encodeKey(key)}${source ? ` from ${source}` : ''} -->`;
}

/** What an identity marker says. */
export interface Marker {
  /** `<incident-id>/<follow-up-id>` */
  readonly key: string;
  /** Everything before the last '/': an id_pattern may allow '/' in incident ids, never in follow-up ids. */
  readonly incidentId: string;
  /** owner/name of the repository that filed it; undefined in markers written before markers named it. */
  readonly source: string | undefined;
}

export const MANAGED_START = `<!-- ${PREFIX}:managed:start (edits between these markers are replaced by the next sync) -->`;
export const MANAGED_END = `<!-- ${PREFIX}:managed:end -->`;

const IDENTITY = new RegExp(`<!-- ${PREFIX}:follow-up (\\S+/\\S+)(?: from ([A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+))? -->`);
const MANAGED = new RegExp(`<!-- ${PREFIX}:managed:start[^\\n]*?-->[\\s\\S]*?<!-- ${PREFIX}:managed:end -->`);

/**
 * The follow-up key an issue body carries, if any. The marker inside the
 * managed part wins: a marker people paste into their own text around it
 * (quoting another issue, say) does not change whose issue this is.
 */
export function readKey(body: string | null | undefined): string | undefined {
  if (!body) return undefined;
  const found = IDENTITY.exec(readManaged(body) ?? '') ?? IDENTITY.exec(body);
  return found ? decodeKey(found[1]!) : undefined;
}

/**
 * The marker inside the managed part, and only there: a marker outside it
 * is text someone wrote or pasted, and never makes an issue the tool's.
 */
export function readMarker(body: string | null | undefined): Marker | undefined {
  const managed = body ? readManaged(body) : undefined;
  const found = managed ? IDENTITY.exec(managed) : null;
  const key = found ? decodeKey(found[1]!) : undefined;
  if (!found || !key) return undefined;
  return { key, incidentId: key.slice(0, key.lastIndexOf('/')), source: found[2] };
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
