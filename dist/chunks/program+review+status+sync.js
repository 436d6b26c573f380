import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);

// src/sync/budget.ts
var DEFAULT_MAX_OPERATIONS = 50;
function withinBudget(operations, max) {
  return { now: operations.slice(0, max), pending: operations.slice(max) };
}

export {
  DEFAULT_MAX_OPERATIONS,
  withinBudget
};
