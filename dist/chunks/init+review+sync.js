import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);
import {
  RequestError
} from "./declare+init+review+sync.js";

// src/github/api/labels.ts
var LABEL_COLOR = "c5def5";
async function ensureLabels(client, repo, wanted) {
  const existing = await client.paginate(client.rest.issues.listLabelsForRepo, { ...repo, per_page: 100 });
  const have = new Set(existing.map((label) => label.name.toLowerCase()));
  const created = [];
  for (const name of [...wanted].sort()) {
    if (have.has(name.toLowerCase())) continue;
    try {
      await client.rest.issues.createLabel({
        ...repo,
        name,
        color: LABEL_COLOR,
        description: "Managed by incidents-as-code"
      });
      created.push(name);
    } catch (error) {
      if (!(error instanceof RequestError && error.status === 422)) throw error;
    }
  }
  return created;
}

export {
  ensureLabels
};
