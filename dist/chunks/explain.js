import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);
import {
  RULES,
  RULE_AREAS,
  ruleById,
  ruleDocsUrl
} from "./explain+validate.js";
import "./declare+explain+review+sync+validate+worker.js";
import "./declare+explain+import+review+sync+validate+worker.js";
import "./declare+explain+review+status+sync+validate+worker.js";
import "./declare+explain+import+new+review+status+sync+validate+worker.js";
import "./declare+explain+import+new+program+review+status+sync+validate+worker.js";
import "./declare+explain+init+new+review+sync+validate+worker.js";
import "./declare+explain+import+init+new+review+sync+validate+worker.js";
import {
  EXIT_OK,
  EXIT_USAGE
} from "./declare+explain+import+init+new+program+review+status+sync+validate.js";
import {
  didYouMean,
  listOf
} from "./declare+explain+import+init+new+review+status+sync+validate+worker.js";
import "./declare+explain+import+init+new+program+review+status+sync+validate+worker.js";
import "./declare+explain+import+init+new+program+review+status+stream+sync+validate+worker.js";

// src/report/explain.ts
var WIDTH = 78;
var INDENT = "  ";
function wrap(text, indent = INDENT, width = WIDTH) {
  const lines = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(`${indent}${line}`);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(`${indent}${line}`);
  return lines;
}
function indented(example) {
  return example.split("\n").map((line) => line ? `${INDENT}${line}` : "");
}
function renderExplain(rule) {
  return [
    `${rule.id} (${rule.severity}): ${rule.summary}`,
    "",
    "Why it matters",
    ...wrap(rule.why),
    "",
    "Wrong",
    ...indented(rule.wrong),
    "",
    "Right",
    ...indented(rule.right),
    "",
    `More: ${ruleDocsUrl(rule.id)}`,
    ""
  ].join("\n");
}
function renderRuleList(areas = RULE_AREAS) {
  const width = Math.max(...areas.flatMap((area) => area.rules.map((rule) => rule.id.length)));
  const lines = ["Rules incidents validate checks; run 'incidents explain <rule>' for one of them.", ""];
  for (const area of areas) {
    lines.push(area.title);
    for (const rule of area.rules)
      lines.push(`${INDENT}${rule.id.padEnd(width)}  ${rule.severity.padEnd(7)}  ${rule.summary}`);
    lines.push("");
  }
  return lines.join("\n");
}
function unknownRuleMessage(given, ids) {
  const word = given.trim().toLowerCase();
  const family = word ? ids.filter((id) => `-${id}-`.includes(`-${word}-`)) : [];
  const guess = family.length ? void 0 : didYouMean(given, ids);
  const offer = family.length === 1 ? `; did you mean '${family[0]}'?` : family.length > 1 ? `; the rules with '${word}' in their name are ${listOf(
    family.map((id) => `'${id}'`),
    "and"
  )}` : guess ? `; did you mean '${guess}'?` : "";
  return [`unknown rule '${given}'${offer}`, "run 'incidents explain' for the list of rules", ""].join("\n");
}

// src/cli/explain.ts
function explainCommand(rule, io) {
  if (rule === void 0 || rule === "") {
    io.writeOut(renderRuleList());
    return EXIT_OK;
  }
  const found = ruleById(rule.trim());
  if (!found) {
    io.writeErr(
      `incidents: ${unknownRuleMessage(
        rule,
        RULES.map((r) => r.id)
      )}`
    );
    return EXIT_USAGE;
  }
  io.writeOut(renderExplain(found));
  return EXIT_OK;
}
export {
  explainCommand
};
