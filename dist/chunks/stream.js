import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);
import "./declare+explain+import+init+new+program+review+status+stream+sync+validate+worker.js";

// src/incidents/read/stream.ts
async function readStreamBounded(stream, limit) {
  const chunks = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk);
    size += bytes.length;
    if (size > limit) return { tooLarge: size };
    chunks.push(bytes);
  }
  return { bytes: Buffer.concat(chunks, size) };
}
export {
  readStreamBounded
};
