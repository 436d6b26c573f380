import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);
import {
  writeFileAtomic
} from "./chunk-RVRHYKPQ.js";
import {
  batchReview,
  renderReviewMarkdown
} from "./chunk-K6NUAI2X.js";
import "./chunk-MQIZYMWJ.js";
import "./chunk-3SOQ7OGW.js";
import "./chunk-J4I543YL.js";
import "./chunk-MVTJRHP2.js";
import "./chunk-JIGMNAY3.js";
import "./chunk-HT5AUGKG.js";
import "./chunk-4GFNWXKY.js";
import {
  EXIT_OK
} from "./chunk-CRSACREG.js";
import "./chunk-P2RIHH2Y.js";
import "./chunk-CYNXEPRS.js";
import "./chunk-DQXFDU7A.js";
import "./chunk-KLDDHSVW.js";
import "./chunk-VMWURIDY.js";
import "./chunk-XWDRN4ZW.js";

// src/cli/review.ts
import path from "node:path";

// src/review/render/json.ts
function renderReviewJson(report) {
  return `${JSON.stringify(report, null, 2)}
`;
}

// src/cli/review.ts
async function reviewCommand(flags, io) {
  const token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN;
  const { report, skipped } = await batchReview({
    cwd: io.cwd,
    configPath: flags.config,
    now: io.now,
    period: flags.period,
    from: flags.from,
    to: flags.to,
    last: flags.last,
    ...io.workerEntry ? { workerEntry: io.workerEntry } : {},
    ...token ? {
      github: {
        token,
        apiUrl: io.env.GITHUB_API_URL || "https://api.github.com",
        serverUrl: io.env.GITHUB_SERVER_URL || "https://github.com",
        repo: io.env.GITHUB_REPOSITORY || void 0,
        log: { info: () => void 0, warn: (m) => io.writeErr(`warning: ${m}
`) },
        ...io.githubTiming ? { timing: io.githubTiming } : {}
      }
    } : {}
  });
  if (skipped.length) io.writeErr(`note: ${skipped.length} incident file(s) with errors are left out of the review: ${skipped.join(", ")}
`);
  const text = flags.format === "json" ? renderReviewJson(report) : renderReviewMarkdown(report);
  if (flags.out) {
    writeFileAtomic(path.resolve(io.cwd, flags.out), text);
    io.writeErr(`wrote ${flags.out}
`);
  } else {
    io.writeOut(text);
  }
  return EXIT_OK;
}
export {
  reviewCommand
};
