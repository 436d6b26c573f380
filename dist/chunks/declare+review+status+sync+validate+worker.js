import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);
import {
  splitFrontmatter
} from "./declare+import+review+status+sync+validate+worker.js";
import {
  createLocator,
  parseYaml
} from "./declare+import+new+review+status+sync+validate+worker.js";
import {
  FILE_NOT_TEXT,
  FRONTMATTER_MISSING,
  FRONTMATTER_NOT_MAPPING,
  FRONTMATTER_UNCLOSED,
  decodeText
} from "./declare+explain+import+new+review+status+sync+validate+worker.js";

// src/incidents/parse-document.ts
var EXAMPLE_START = "start the file with a line '---', the fields (id: ..., title: ..., status: ..., severity: ..., started_at: ...), and another line '---'";
function fail(file, rule, message, hint, line = 1, column = 1) {
  return { finding: { file, line, column, rule: rule.id, severity: rule.severity, message, hint } };
}
function parseDocument(file, kind, bytes) {
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    const { line, column } = decoded.position;
    return decoded.problem === "binary" ? fail(
      file,
      FILE_NOT_TEXT,
      "the file contains a NUL byte: it looks like a binary file, not Markdown",
      "incident files must be UTF-8 text; remove this file or move it out of the incidents folder",
      line,
      column
    ) : fail(
      file,
      FILE_NOT_TEXT,
      "the file is not valid UTF-8 text",
      'save the file as UTF-8 (most editors: "Save with encoding"); the first invalid byte is here',
      line,
      column
    );
  }
  const split = splitFrontmatter(decoded.text);
  if (!split.ok) {
    switch (split.problem) {
      case "empty":
        return fail(file, FRONTMATTER_MISSING, "the file is empty", EXAMPLE_START);
      case "missing": {
        const blank = /^(?:[ \t]*\r?\n)+(?=---[ \t]*\r?(?:\n|$))/.exec(decoded.text);
        if (blank) {
          const lines = blank[0].split("\n").length - 1;
          return fail(
            file,
            FRONTMATTER_MISSING,
            `the frontmatter's opening '---' is on line ${lines + 1}; it must be the first line of the file`,
            `delete the ${lines === 1 ? "blank line" : `${lines} blank lines`} above '---'`
          );
        }
        return fail(
          file,
          FRONTMATTER_MISSING,
          "the file does not start with a YAML frontmatter block (a line '---')",
          EXAMPLE_START
        );
      }
      case "unclosed":
        return fail(
          file,
          FRONTMATTER_UNCLOSED,
          "the frontmatter block opened on line 1 is never closed",
          "add a line with only '---' after the last field, before the Markdown body"
        );
    }
  }
  const parsed = parseYaml(split.yaml);
  if (!parsed.ok) {
    const { problem } = parsed;
    return fail(
      file,
      problem.rule,
      problem.message,
      problem.hint,
      problem.position.line + split.yamlLine - 1,
      problem.position.column
    );
  }
  const data = parsed.data;
  if (data === null || data === void 0) {
    return fail(file, FRONTMATTER_MISSING, "the frontmatter block is empty", EXAMPLE_START);
  }
  if (typeof data !== "object" || Array.isArray(data)) {
    return fail(
      file,
      FRONTMATTER_NOT_MAPPING,
      `the frontmatter must be a set of 'field: value' lines (got ${Array.isArray(data) ? "a list" : "a single value"})`,
      "write one field per line, like id: 2026-03-04-checkout-errors",
      split.yamlLine
    );
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

export {
  parseDocument
};
