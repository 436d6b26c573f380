import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);
import {
  renderGithub,
  validateIncidents
} from "./chunk-RXEDZWA5.js";
import {
  ruleDocsUrl
} from "./chunk-6GIXRYZT.js";
import {
  renderText
} from "./chunk-TQKOOXUE.js";
import "./chunk-HT5AUGKG.js";
import "./chunk-4GFNWXKY.js";
import {
  EXIT_FINDINGS,
  EXIT_OK
} from "./chunk-CRSACREG.js";
import "./chunk-P2RIHH2Y.js";
import "./chunk-CYNXEPRS.js";
import "./chunk-DQXFDU7A.js";
import "./chunk-KLDDHSVW.js";
import "./chunk-VMWURIDY.js";
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

// src/cli/validate.ts
function validateCommand(paths, flags, io) {
  const result = validateIncidents({ cwd: io.cwd, paths, configPath: flags.config, now: io.now, changedSince: flags.changedSince });
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
