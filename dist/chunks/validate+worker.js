import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);
import {
  checkAcrossFiles,
  checkFile
} from "./declare+review+sync+validate+worker.js";
import {
  changedSince,
  loadIncidents,
  locateAgain,
  serveClaimedShare
} from "./review+status+sync+validate+worker.js";
import {
  loadConfig
} from "./declare+import+new+review+status+sync+validate+worker.js";
import {
  countBySeverity,
  detachFindings,
  sortFindings
} from "./declare+import+new+program+review+status+sync+validate+worker.js";
import {
  UsageError
} from "./declare+explain+import+init+new+program+review+status+sync+validate+worker.js";

// src/app/validate-incidents.ts
import path from "node:path";
function scopeOf(options) {
  if (options.stdin !== void 0) {
    if (options.paths.length > 0 || options.changedSince !== void 0)
      throw new UsageError(
        "'-' reads one incident from standard input: give it alone, without other paths or --changed-since"
      );
    return { stdin: options.stdin };
  }
  if (options.changedSince !== void 0) {
    if (options.paths.length > 0)
      throw new UsageError(
        "--changed-since checks the files a change touched: give either paths or --changed-since, not both"
      );
    return { changedSince: changedSince(options.cwd, options.changedSince) };
  }
  return options.paths.length > 0 ? { named: options.paths } : { whole: true };
}
function checkEachFile(config, now) {
  return {
    visit: (document) => checkFile(document, config, now),
    detach: detachFindings,
    keep: (findings) => findings.length > 0
  };
}
function validateClaimedFiles(work, post) {
  const { config } = loadConfig(work.cwd, work.configPath);
  serveClaimedShare(work, config, checkEachFile(config, new Date(work.now)), post);
}
async function validateIncidents(options) {
  const { cwd, now } = options;
  const { config, findings: configWarnings } = loadConfig(cwd, options.configPath);
  const task = {
    task: "validate-files",
    cwd,
    configPath: options.configPath,
    now: now.toISOString()
  };
  const set = await loadIncidents(cwd, config, scopeOf(options), {
    ...checkEachFile(config, now),
    thread: options.workerEntry && { entry: options.workerEntry, task }
  });
  const targets = set.checked;
  const locate = (file) => set.textLocators?.get(file) ?? locateAgain(path.resolve(cwd, file));
  const findings = sortFindings([
    ...configWarnings,
    ...set.findings,
    ...set.targets.flatMap((target) => target.result),
    ...checkAcrossFiles({ ...set, targets, locate, config, now })
  ]);
  return {
    findings,
    files: set.fileCount,
    ...countBySeverity(findings),
    ...options.changedSince === void 0 ? {} : { changedSince: options.changedSince }
  };
}

export {
  validateClaimedFiles,
  validateIncidents
};
