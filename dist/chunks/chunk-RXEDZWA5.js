import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);
import {
  validateDocuments
} from "./chunk-HT5AUGKG.js";
import {
  changedSince,
  loadIncidents
} from "./chunk-P2RIHH2Y.js";
import {
  loadConfig
} from "./chunk-DQXFDU7A.js";
import {
  UsageError,
  countBySeverity,
  sortFindings
} from "./chunk-VMWURIDY.js";

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

// src/app/validate-incidents.ts
function scopeOf(options) {
  if (options.changedSince !== void 0) {
    if (options.paths.length > 0) throw new UsageError("--changed-since checks the files a change touched: give either paths or --changed-since, not both");
    return { changedSince: changedSince(options.cwd, options.changedSince) };
  }
  return options.paths.length > 0 ? { named: options.paths } : { whole: true };
}
function validateIncidents(options) {
  const { config, findings: configWarnings } = loadConfig(options.cwd, options.configPath);
  const set = loadIncidents(options.cwd, config, scopeOf(options));
  const findings = sortFindings([...configWarnings, ...set.findings, ...validateDocuments({ ...set, config, now: options.now })]);
  return {
    findings,
    files: set.fileCount,
    ...countBySeverity(findings),
    ...options.changedSince === void 0 ? {} : { changedSince: options.changedSince }
  };
}

export {
  renderGithub,
  validateIncidents
};
