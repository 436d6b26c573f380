/**
 * Secrets never reach the output, even when GitHub's answer echoes one back
 * ("got header 'token ghp_…'"). Known secrets (the token in use) are
 * replaced wherever they appear; so is anything shaped like a GitHub token:
 * personal (ghp_, github_pat_), OAuth (gho_), user-to-server (ghu_),
 * installation (ghs_) and refresh (ghr_) tokens.
 */
const TOKEN_SHAPES = /\b(?:gh[pousr]_[A-Za-z0-9]{16,}|github_pat_[A-Za-z0-9_]{20,})\b/g;

export const REDACTED = '***';

/** Shorter "secrets" would blank ordinary words: a real token is far longer. */
const MIN_SECRET_CHARS = 8;

export function redactSecrets(text: string, known: readonly (string | undefined)[] = []): string {
  let out = text;
  for (const secret of known) {
    if (secret && secret.length >= MIN_SECRET_CHARS) out = out.split(secret).join(REDACTED);
  }
  return out.replace(TOKEN_SHAPES, REDACTED);
}
