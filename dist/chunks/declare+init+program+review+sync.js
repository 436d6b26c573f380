import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);

// src/core/secrets.ts
var TOKEN_SHAPES = /\b(?:gh[pousr]_[A-Za-z0-9]{16,}|github_pat_[A-Za-z0-9_]{20,})\b/g;
var REDACTED = "***";
var MIN_SECRET_CHARS = 8;
function redactSecrets(text, known = []) {
  let out = text;
  for (const secret of known) {
    if (secret && secret.length >= MIN_SECRET_CHARS) out = out.split(secret).join(REDACTED);
  }
  return out.replace(TOKEN_SHAPES, REDACTED);
}

export {
  redactSecrets
};
