import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);
import {
  writeFileAtomic
} from "./chunk-ORZHTLJ6.js";
import {
  renderReviewMarkdown,
  runReview
} from "./chunk-WD6DWLWM.js";
import "./chunk-JSUSHBE4.js";
import "./chunk-D7VP5YWI.js";
import "./chunk-5EMKGIYL.js";
import "./chunk-DTIJSCEC.js";
import "./chunk-LAYN6GM6.js";
import "./chunk-JOT4VPUP.js";
import "./chunk-6KHBGETC.js";
import "./chunk-SNRQLJ6N.js";
import "./chunk-JGZK5CEY.js";
import "./chunk-BE3VNV6V.js";
import {
  EXIT_OK
} from "./chunk-CRSACREG.js";
import "./chunk-XA2SADJA.js";
import "./chunk-YMGGH3OV.js";
import "./chunk-BNATLPOH.js";
import "./chunk-VJTP2URQ.js";
import "./chunk-UDYLJQR2.js";
import "./chunk-XWDRN4ZW.js";

// src/cli/review-command.ts
import path from "node:path";

// src/report/review-json.ts
function renderReviewJson(report) {
  return `${JSON.stringify(report, null, 2)}
`;
}

// src/cli/review-command.ts
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
