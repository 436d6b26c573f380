import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);

// src/core/time.ts
var DAY_MS = 864e5;
var ZONED = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:?\d{2})$/;
var DAY = /^\d{4}-\d{2}-\d{2}$/;
function parseTimestamp(value) {
  if (value === void 0 || !ZONED.test(value)) return void 0;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? void 0 : ms;
}
function parseDay(value) {
  if (value === void 0 || !DAY.test(value)) return void 0;
  const ms = Date.parse(`${value}T00:00:00Z`);
  return Number.isNaN(ms) ? void 0 : ms;
}

export {
  DAY_MS,
  parseTimestamp,
  parseDay
};
