import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);
import {
  listSome
} from "./declare+explain+import+new+program+review+status+sync+validate+worker.js";

// src/sync/guard.ts
var MASS_FILING_LIMIT = 5;
function massFilingReason(plan, allowFlag) {
  const creates = plan.operations.filter((op) => op.kind === "create").length;
  const earlier = plan.ignored.filter((i) => i.app !== null);
  const lost = plan.unmatched.length + earlier.length;
  if (creates <= MASS_FILING_LIMIT || lost === 0) return void 0;
  const examples = [
    ...plan.unmatched.map((u) => `#${u.issue} (${u.why})`),
    ...earlier.map((i) => `#${i.issue} (written by @${i.author}, another token)`)
  ];
  return `sync would file ${creates} new issues while ${lost} issue(s) it filed earlier match no follow-up: ${listSome(examples, 5)}. Nothing was written. If people edited those issues or the token changed, put the issues right (or close them) and run again; to file the ${creates} issues anyway, run with ${allowFlag}`;
}

export {
  MASS_FILING_LIMIT,
  massFilingReason
};
