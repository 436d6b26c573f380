import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);

// src/incidents/write-file.ts
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
function writeFileAtomic(file, text) {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

export {
  writeFileAtomic
};
