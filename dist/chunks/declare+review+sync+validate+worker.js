import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);
import {
  deletedReferencesRule,
  detectionRule,
  followUpsRule,
  identityRule,
  referencesRule,
  sectionsRule,
  taxonomyRule,
  timestampsRule
} from "./declare+explain+review+sync+validate+worker.js";
import {
  schemaFindings
} from "./declare+explain+import+new+review+status+sync+validate+worker.js";
import {
  sortFindings
} from "./declare+import+new+program+review+status+sync+validate+worker.js";

// src/validate/validate-set.ts
var INCIDENT_RULES = [
  identityRule,
  taxonomyRule,
  timestampsRule,
  followUpsRule,
  referencesRule,
  sectionsRule,
  detectionRule
];
var DATA_RULES = INCIDENT_RULES.filter((rule) => rule !== sectionsRule);
var LEFT_OUT_RULES = DATA_RULES;
var CROSS_FILE_RULES = [referencesRule];
var PER_FILE_DATA_RULES = LEFT_OUT_RULES.filter(
  (rule) => !CROSS_FILE_RULES.includes(rule)
);
function indexById(incidents) {
  const byId = /* @__PURE__ */ new Map();
  for (const incident of incidents) {
    const id = incident.data.id;
    if (typeof id !== "string") continue;
    const list = byId.get(id);
    if (list) list.push(incident);
    else byId.set(id, [incident]);
  }
  return byId;
}
var NO_INCIDENTS = /* @__PURE__ */ new Map();
function lazily(make) {
  let made;
  return { key: (path) => (made ??= make()).key(path), value: (path) => (made ??= make()).value(path) };
}
var PER_FILE_RULES = INCIDENT_RULES.filter(
  (rule) => !CROSS_FILE_RULES.includes(rule)
);
function checkDocument(document, context, rules) {
  if (document.kind === "review") return schemaFindings(document, "review");
  const findings = schemaFindings(document, "incident");
  for (const rule of rules) findings.push(...rule(document, context));
  return findings;
}
function checkFile(document, config, now) {
  return checkDocument(document, { config, now, incidentsById: NO_INCIDENTS }, PER_FILE_RULES);
}
function checkAcrossFiles({
  targets,
  locate,
  allIncidents,
  referrers = [],
  deletedById,
  config,
  now
}) {
  const context = { config, now, incidentsById: indexById(allIncidents), deletedById };
  const findings = [];
  for (const { file, data } of targets) {
    const document = {
      file,
      data,
      kind: "incident",
      body: "",
      bodyLine: 1,
      frontmatterLine: 1,
      locate: lazily(() => locate(file))
    };
    for (const rule of CROSS_FILE_RULES) findings.push(...rule(document, context));
  }
  for (const document of referrers) findings.push(...deletedReferencesRule(document, context));
  return findings;
}
function validateDocuments({
  targets,
  allIncidents,
  referrers = [],
  deletedById,
  config,
  now,
  rules = INCIDENT_RULES
}) {
  const context = { config, now, incidentsById: indexById(allIncidents), deletedById };
  const findings = [];
  for (const document of targets) findings.push(...checkDocument(document, context, rules));
  for (const document of referrers) findings.push(...deletedReferencesRule(document, context));
  return sortFindings(findings);
}

export {
  LEFT_OUT_RULES,
  CROSS_FILE_RULES,
  PER_FILE_DATA_RULES,
  indexById,
  checkFile,
  checkAcrossFiles,
  validateDocuments
};
