import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);

// src/incidents/document.ts
var STDIN_FILE = "<stdin>";

export {
  STDIN_FILE
};
