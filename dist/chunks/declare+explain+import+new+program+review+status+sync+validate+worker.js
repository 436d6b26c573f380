import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);
import {
  cut,
  visible
} from "./declare+explain+import+init+new+program+review+status+sync+validate+worker.js";

// src/core/describe.ts
var MAX_QUOTED_LENGTH = 60;
function quote(text) {
  return `'${cut(visible(text), MAX_QUOTED_LENGTH)}'`;
}
function describeValue(value) {
  if (value === null || value === void 0) return "an empty value";
  if (typeof value === "string") return quote(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return "a list";
  return "a set of fields";
}
function fieldName(path) {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else out += out === "" ? segment : `.${segment}`;
  }
  return out === "" ? "the frontmatter" : out;
}
function pointerToPath(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~")).map((part) => /^\d+$/.test(part) ? Number(part) : part);
}
function listSome(items, shown) {
  const rest = items.length - shown;
  return items.slice(0, shown).join(", ") + (rest > 0 ? `, and ${rest} more` : "");
}

export {
  quote,
  describeValue,
  fieldName,
  pointerToPath,
  listSome
};
