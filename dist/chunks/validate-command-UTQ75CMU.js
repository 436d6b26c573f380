import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);
import {
  renderGithub,
  runValidate
} from "./chunk-GNINGFO3.js";
import {
  ruleDocsUrl
} from "./chunk-D7VP5YWI.js";
import {
  renderText
} from "./chunk-5EMKGIYL.js";
import "./chunk-DTIJSCEC.js";
import "./chunk-SNRQLJ6N.js";
import "./chunk-JGZK5CEY.js";
import "./chunk-BE3VNV6V.js";
import {
  EXIT_FINDINGS,
  EXIT_OK
} from "./chunk-CRSACREG.js";
import "./chunk-XA2SADJA.js";
import "./chunk-YMGGH3OV.js";
import "./chunk-BNATLPOH.js";
import "./chunk-VJTP2URQ.js";
import "./chunk-UDYLJQR2.js";
import "./chunk-XWDRN4ZW.js";

// src/report/json.ts
function renderJson(result) {
  const findings = result.findings.map((finding) => ({ ...finding, docs: ruleDocsUrl(finding.rule) }));
  return `${JSON.stringify({ files: result.files, errors: result.errors, warnings: result.warnings, findings }, null, 2)}
`;
}

// src/cli/io.ts
function useColor(io, flag) {
  if (flag === false) return false;
  if (io.env.NO_COLOR !== void 0 && io.env.NO_COLOR !== "") return false;
  if (io.env.FORCE_COLOR !== void 0 && io.env.FORCE_COLOR !== "0") return true;
  return io.stdoutIsTty;
}

// src/cli/validate-command.ts
function validateCommand(paths, flags, io) {
  const result = runValidate({ cwd: io.cwd, paths, configPath: flags.config, now: io.now, changedSince: flags.changedSince });
  switch (flags.format) {
    case "json":
      io.writeOut(renderJson(result));
      break;
    case "github":
      io.writeOut(renderGithub(result.findings));
      break;
    default:
      io.writeOut(renderText(result, { color: useColor(io, flags.color) }));
  }
  return result.errors > 0 ? EXIT_FINDINGS : EXIT_OK;
}
export {
  validateCommand
};
