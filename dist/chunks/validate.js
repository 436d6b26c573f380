import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);
import {
  ruleDocsUrl
} from "./explain+validate.js";
import {
  renderText
} from "./program+validate.js";
import {
  validateIncidents
} from "./validate+worker.js";
import "./declare+review+sync+validate+worker.js";
import "./declare+explain+review+sync+validate+worker.js";
import "./declare+explain+import+review+sync+validate+worker.js";
import {
  useColor
} from "./review+status+validate.js";
import "./program+review+status+validate.js";
import "./review+status+sync+validate+worker.js";
import "./declare+review+status+sync+validate+worker.js";
import {
  STDIN_FILE
} from "./declare+explain+review+status+sync+validate+worker.js";
import "./declare+import+review+status+sync+validate+worker.js";
import "./init+program+review+status+sync+validate+worker.js";
import "./import+new+review+status+sync+validate+worker.js";
import {
  displayPath
} from "./declare+import+new+review+status+sync+validate+worker.js";
import {
  MAX_FILE_BYTES
} from "./declare+explain+import+new+review+status+sync+validate+worker.js";
import "./declare+import+new+program+review+status+sync+validate+worker.js";
import "./declare+explain+import+new+program+review+status+sync+validate+worker.js";
import "./declare+explain+init+new+review+sync+validate+worker.js";
import "./declare+explain+import+init+new+review+sync+validate+worker.js";
import {
  EXIT_FINDINGS,
  EXIT_OK
} from "./declare+explain+import+init+new+program+review+status+sync+validate.js";
import "./declare+import+init+new+review+status+sync+validate+worker.js";
import "./declare+explain+import+init+new+review+status+sync+validate+worker.js";
import {
  UsageError
} from "./declare+explain+import+init+new+program+review+status+sync+validate+worker.js";
import "./declare+explain+import+init+new+program+review+status+stream+sync+validate+worker.js";

// src/cli/validate.ts
import path from "node:path";

// src/report/github.ts
function escapeData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function renderAnnotation(finding) {
  const properties = [
    `file=${escapeProperty(finding.file)}`,
    `line=${finding.line}`,
    `col=${finding.column}`,
    `title=${escapeProperty(finding.rule)}`
  ].join(",");
  return `::${finding.severity} ${properties}::${escapeData(`${finding.message}
Fix: ${finding.hint}
More: incidents explain ${finding.rule}`)}`;
}
function renderGithub(findings) {
  return findings.map((finding) => `${renderAnnotation(finding)}
`).join("");
}

// src/report/json.ts
function renderJson(result) {
  const findings = result.findings.map((finding) => ({ ...finding, docs: ruleDocsUrl(finding.rule) }));
  return `${JSON.stringify({ files: result.files, errors: result.errors, warnings: result.warnings, findings }, null, 2)}
`;
}

// src/cli/validate.ts
async function fromStdin(paths, flags, io) {
  if (!paths.includes("-")) {
    if (flags.stdinName !== void 0)
      throw new UsageError("--stdin-name names the text read from standard input: give '-' as the path");
    return void 0;
  }
  if (paths.length > 1)
    throw new UsageError("'-' reads one incident from standard input: give it alone, without other paths");
  if (!io.readStdin) throw new UsageError("there is no standard input to read here");
  const file = flags.stdinName === void 0 ? STDIN_FILE : displayPath(io.cwd, path.resolve(io.cwd, flags.stdinName));
  return { file, read: await io.readStdin(MAX_FILE_BYTES) };
}
async function validateCommand(paths, flags, io) {
  const stdin = await fromStdin(paths, flags, io);
  const result = await validateIncidents({
    cwd: io.cwd,
    paths: stdin ? [] : paths,
    configPath: flags.config,
    now: io.now,
    changedSince: flags.changedSince,
    workerEntry: io.workerEntry,
    stdin
  });
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
