import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);

// src/core/config.ts
var UNKNOWN_SEVERITY = "unknown";

export {
  UNKNOWN_SEVERITY
};
