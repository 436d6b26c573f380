import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);
import {
  writeFileAtomic
} from "./chunk-RVRHYKPQ.js";
import {
  renderReviewMarkdown,
  runReview
} from "./chunk-NT6YYXYW.js";
import "./chunk-43SSZ6QV.js";
import "./chunk-6GIXRYZT.js";
import "./chunk-4RRRMLYP.js";
import "./chunk-4BJ5OMS3.js";
import "./chunk-I77E6PMA.js";
import "./chunk-Q3LVU3DH.js";
import "./chunk-JIGMNAY3.js";
import "./chunk-NSORZ5RW.js";
import "./chunk-OG6RSKUX.js";
import "./chunk-4GFNWXKY.js";
import {
  EXIT_OK
} from "./chunk-CRSACREG.js";
import "./chunk-3EKIMPOH.js";
import "./chunk-AR6BZISS.js";
import "./chunk-TLQTJEIT.js";
import "./chunk-KLDDHSVW.js";
import "./chunk-TU2G532M.js";
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
  const { report, skipped } = await runReview({
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
