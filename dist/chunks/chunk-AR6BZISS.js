import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);
import {
  atValue,
  createLocator,
  decodeText,
  parseYaml,
  record,
  records,
  text
} from "./chunk-TLQTJEIT.js";

// src/incidents/frontmatter.ts
var FENCE = /^---[ \t]*$/;
var CLOSING_FENCE = /^(?:---|\.\.\.)[ \t]*$/;
function splitFrontmatter(text2) {
  if (text2.trim() === "") return { ok: false, problem: "empty" };
  const firstBreak = text2.indexOf("\n");
  const firstLine = (firstBreak < 0 ? text2 : text2.slice(0, firstBreak)).replace(/\r$/, "");
  if (!FENCE.test(firstLine)) return { ok: false, problem: "missing" };
  if (firstBreak < 0) return { ok: false, problem: "unclosed" };
  let lineStart = firstBreak + 1;
  let line = 2;
  while (lineStart <= text2.length) {
    const next = text2.indexOf("\n", lineStart);
    const end = next < 0 ? text2.length : next;
    const content = text2.slice(lineStart, end).replace(/\r$/, "");
    if (CLOSING_FENCE.test(content)) {
      return {
        ok: true,
        yaml: text2.slice(firstBreak + 1, lineStart),
        yamlLine: 2,
        body: next < 0 ? "" : text2.slice(next + 1),
        bodyLine: line + 1
      };
    }
    if (next < 0) break;
    lineStart = next + 1;
    line++;
  }
  return { ok: false, problem: "unclosed" };
}

// src/incidents/parse-document.ts
var EXAMPLE_START = "start the file with a line '---', the fields (id: ..., title: ..., status: ..., severity: ..., started_at: ...), and another line '---'";
function fail(file, rule, message, hint, line = 1, column = 1) {
  return { finding: { file, line, column, rule, severity: "error", message, hint } };
}
function parseDocument(file, kind, bytes) {
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    const { line, column } = decoded.position;
    return decoded.problem === "binary" ? fail(file, "file-not-text", "the file contains a NUL byte: it looks like a binary file, not Markdown", "incident files must be UTF-8 text; remove this file or move it out of the incidents folder", line, column) : fail(file, "file-not-text", "the file is not valid UTF-8 text", 'save the file as UTF-8 (most editors: "Save with encoding"); the first invalid byte is here', line, column);
  }
  const split = splitFrontmatter(decoded.text);
  if (!split.ok) {
    switch (split.problem) {
      case "empty":
        return fail(file, "frontmatter-missing", "the file is empty", EXAMPLE_START);
      case "missing": {
        const blank = /^(?:[ \t]*\r?\n)+(?=---[ \t]*\r?(?:\n|$))/.exec(decoded.text);
        if (blank) {
          const lines = blank[0].split("\n").length - 1;
          return fail(file, "frontmatter-missing", `the frontmatter's opening '---' is on line ${lines + 1}; it must be the first line of the file`, `delete the ${lines === 1 ? "blank line" : `${lines} blank lines`} above '---'`);
        }
        return fail(file, "frontmatter-missing", "the file does not start with a YAML frontmatter block (a line '---')", EXAMPLE_START);
      }
      case "unclosed":
        return fail(file, "frontmatter-unclosed", "the frontmatter block opened on line 1 is never closed", "add a line with only '---' after the last field, before the Markdown body");
    }
  }
  const parsed = parseYaml(split.yaml);
  if (!parsed.ok) {
    const { problem } = parsed;
    return fail(file, problem.rule, problem.message, problem.hint, problem.position.line + split.yamlLine - 1, problem.position.column);
  }
  const data = parsed.data;
  if (data === null || data === void 0) {
    return fail(file, "frontmatter-missing", "the frontmatter block is empty", EXAMPLE_START);
  }
  if (typeof data !== "object" || Array.isArray(data)) {
    return fail(file, "frontmatter-not-mapping", `the frontmatter must be a set of 'field: value' lines (got ${Array.isArray(data) ? "a list" : "a single value"})`, "write one field per line, like id: 2026-03-04-checkout-errors", split.yamlLine);
  }
  return {
    document: {
      file,
      kind,
      data,
      body: split.body,
      bodyLine: split.bodyLine,
      frontmatterLine: split.yamlLine,
      locate: createLocator(split.yaml, split.yamlLine)
    }
  };
}

// src/validate/rules/timestamps.ts
var PHASES = ["started_at", "detected_at", "mitigated_at", "resolved_at"];
var ZONED = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:?\d{2})$/;
var DAY = /^\d{4}-\d{2}-\d{2}$/;
function parseTimestamp(value) {
  if (value === void 0 || !ZONED.test(value)) return void 0;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? void 0 : ms;
}
function parseDay(value) {
  if (value === void 0 || !DAY.test(value)) return void 0;
  const ms = Date.parse(`${value}T00:00:00Z`);
  return Number.isNaN(ms) ? void 0 : ms;
}
var ORDER_HINT = "timestamps must be in order: started_at <= detected_at <= mitigated_at <= resolved_at; check the date and the time zone of both";
var timestampsRule = (document, { now }) => {
  const findings = [];
  const data = document.data;
  let previous;
  for (const field of PHASES) {
    const value = text(data, field);
    const ms = parseTimestamp(value);
    if (value === void 0 || ms === void 0) continue;
    if (previous && ms < previous.ms) {
      findings.push(atValue(document, [field], {
        rule: "timestamp-order",
        message: `${field} (${value}) is before ${previous.field} (${previous.value})`,
        hint: ORDER_HINT
      }));
    }
    if (ms > now.getTime()) {
      findings.push(atValue(document, [field], {
        rule: "timestamp-future",
        message: `${field} (${value}) is in the future`,
        hint: "record times that have already happened; check the year and the time zone"
      }));
    }
    previous = { field, value, ms };
  }
  const review = record(data.review);
  const reviewDate = typeof review?.date === "string" ? review.date : void 0;
  const reviewDay = parseDay(reviewDate);
  const resolved = parseTimestamp(text(data, "resolved_at"));
  if (reviewDay !== void 0) {
    if (reviewDay > now.getTime()) {
      findings.push(atValue(document, ["review", "date"], {
        rule: "timestamp-future",
        message: `review.date (${reviewDate}) is in the future`,
        hint: "set review.date once the review meeting has happened"
      }));
    } else if (resolved !== void 0 && reviewDay + 864e5 <= resolved) {
      findings.push(atValue(document, ["review", "date"], {
        rule: "timestamp-order",
        severity: "warning",
        message: `review.date (${reviewDate}) is before the incident was resolved (${text(data, "resolved_at")})`,
        hint: "check the review date; a review usually follows resolution"
      }));
    }
  }
  for (const { value: followUp, index } of records(data.follow_ups)) {
    const closedAt = typeof followUp.closed_at === "string" ? followUp.closed_at : void 0;
    const closedDay = parseDay(closedAt);
    if (closedDay !== void 0 && closedDay > now.getTime()) {
      findings.push(atValue(document, ["follow_ups", index, "closed_at"], {
        rule: "timestamp-future",
        message: `follow_ups[${index}].closed_at (${closedAt}) is in the future`,
        hint: "set closed_at to the day the follow-up was actually done or dropped"
      }));
    }
  }
  return findings;
};

export {
  splitFrontmatter,
  parseDocument,
  parseTimestamp,
  parseDay,
  timestampsRule
};
