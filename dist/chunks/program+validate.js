import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);
import {
  require_picocolors
} from "./program+review+status+validate.js";
import {
  plainLine
} from "./declare+explain+import+init+new+program+review+status+sync+validate+worker.js";
import {
  __toESM
} from "./declare+explain+import+init+new+program+review+status+stream+sync+validate+worker.js";

// src/report/text.ts
var import_picocolors = __toESM(require_picocolors(), 1);
var EXPLAIN_HINT = "run 'incidents explain <rule>' for more on any rule above";
function plural(count, word) {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
function summaryLine(result) {
  if (result.changedSince !== void 0 && result.files === 0)
    return `no incident files changed since ${result.changedSince}`;
  return `${plural(result.files, "file")} checked: ${plural(result.errors, "error")}, ${plural(result.warnings, "warning")}`;
}
function groupByFile(findings) {
  const groups = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    const group = groups.get(finding.file);
    if (group) group.push(finding);
    else groups.set(finding.file, [finding]);
  }
  return groups;
}
function renderText(result, options) {
  const c = (0, import_picocolors.createColors)(options.color);
  const lines = [];
  for (const [file, findings] of groupByFile(result.findings)) {
    lines.push(c.underline(plainLine(file)));
    const width = findings.reduce((most, f) => Math.max(most, `${f.line}:${f.column}`.length), 0);
    for (const f of findings) {
      const where = `${f.line}:${f.column}`.padEnd(width);
      const severity = f.severity === "error" ? c.red("error  ") : c.yellow("warning");
      lines.push(`  ${c.dim(where)}  ${severity}  ${plainLine(f.message)}  ${c.dim(plainLine(f.rule))}`);
      lines.push(`  ${" ".repeat(width)}           ${c.cyan("fix:")} ${plainLine(f.hint)}`);
    }
    lines.push("");
  }
  const summary = summaryLine(result);
  lines.push(
    result.errors > 0 ? c.red(c.bold(`\u2716 ${summary}`)) : result.warnings > 0 ? c.yellow(`\u26A0 ${summary}`) : c.green(`\u2714 ${summary}`)
  );
  if (result.findings.length > 0) lines.push(c.dim(EXPLAIN_HINT));
  return `${lines.join("\n")}
`;
}

export {
  renderText
};
