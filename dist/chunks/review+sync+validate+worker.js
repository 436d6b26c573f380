import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);
import {
  DAY_MS,
  parseDay,
  parseTimestamp
} from "./review+status+sync+validate+worker.js";
import {
  readHeadings,
  sectionKey
} from "./declare+new+review+sync+validate+worker.js";
import {
  DEFAULT_ID_PATTERN,
  DEFAULT_SEVERITIES,
  quote,
  record,
  records,
  schemaFindings,
  strings,
  text
} from "./declare+new+review+status+sync+validate+worker.js";
import {
  sortFindings
} from "./cli+declare+new+review+status+sync+validate+worker.js";
import {
  didYouMean
} from "./declare+explain+new+review+status+sync+validate+worker.js";

// src/core/github-limits.ts
var MAX_ISSUE_TITLE_CHARS = 256;
var MAX_ISSUE_BODY_CHARS = 65536;
var MAX_SUMMARY_BYTES = 1024 * 1024 - 4096;

// src/validate/rules/context.ts
function atValue(document, path2, f) {
  return { file: document.file, ...document.locate.value(path2), severity: f.severity ?? "error", rule: f.rule, message: f.message, hint: f.hint };
}
function atKey(document, path2, f) {
  return { file: document.file, ...document.locate.key(path2), severity: f.severity ?? "error", rule: f.rule, message: f.message, hint: f.hint };
}

// src/validate/rules/follow-ups.ts
var MAX_FOLLOW_UPS = 100;
var followUpsRule = (document) => {
  const findings = [];
  const data = document.data;
  if (Array.isArray(data.follow_ups) && data.follow_ups.length > MAX_FOLLOW_UPS) {
    return [atKey(document, ["follow_ups"], {
      rule: "follow-ups-too-many",
      message: `follow_ups lists ${data.follow_ups.length.toLocaleString("en-US")} items; one incident may have at most ${MAX_FOLLOW_UPS}`,
      hint: "keep the follow-ups this incident's review decided on, and track a larger backlog in the issue tracker or a project board"
    })];
  }
  const followUps = records(data.follow_ups);
  const firstIndex = /* @__PURE__ */ new Map();
  for (const { value: followUp, index } of followUps) {
    const id = followUp.id;
    if (typeof id !== "string") continue;
    const earlier = firstIndex.get(id);
    if (earlier === void 0) firstIndex.set(id, index);
    else {
      findings.push(atValue(document, ["follow_ups", index, "id"], {
        rule: "follow-up-id-duplicate",
        message: `follow-up id ${quote(id)} is used twice in this incident (also follow_ups[${earlier}])`,
        hint: "give each follow-up its own id; the id links the follow-up to its GitHub issue"
      }));
    }
    const status = followUp.status;
    if ((status === "done" || status === "not-planned") && followUp.closed_at === void 0 && followUp.issue === void 0) {
      findings.push(atValue(document, ["follow_ups", index, "status"], {
        rule: "follow-up-closed-at",
        severity: "warning",
        message: `follow-up ${quote(String(id ?? index))} is ${status} but has no closed_at`,
        hint: "add closed_at: YYYY-MM-DD so the batch review can measure how fast follow-ups get done"
      }));
    }
    if (followUp.owner === void 0 && status !== "done" && status !== "not-planned") {
      findings.push(atKey(document, ["follow_ups", index], {
        rule: "follow-up-owner",
        severity: "warning",
        message: `follow-up ${quote(String(id ?? index))} has no owner`,
        hint: 'add owner: "@someone"; follow-ups without an owner rarely get done'
      }));
    }
  }
  const hasList = Array.isArray(data.follow_ups) && data.follow_ups.length > 0;
  if (text(data, "status") === "reviewed" && !hasList && data.no_follow_ups_reason === void 0) {
    findings.push(atValue(document, [Array.isArray(data.follow_ups) ? "follow_ups" : "status"], {
      rule: "follow-ups-required",
      message: "a reviewed incident needs follow-ups, or a reason why there are none",
      hint: 'list what will be done under follow_ups (id, title, owner), or add no_follow_ups_reason: "..." explaining why nothing needs doing'
    }));
  }
  return findings;
};

// src/validate/rules/identity.ts
import path from "node:path";

// src/validate/rules/id-characters.ts
var INVISIBLE = /[\p{Cf}\p{Zs}\p{Cc}]/u;
function codePoint(ch) {
  return `U+${ch.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
}
function escaped(ch) {
  return `\\u${ch.codePointAt(0).toString(16).padStart(4, "0")}`;
}
function oddCharacters(id) {
  const invisible = /* @__PURE__ */ new Set();
  const lookAlike = /* @__PURE__ */ new Set();
  for (const ch of id) {
    if (INVISIBLE.test(ch) && ch !== " ") invisible.add(escaped(ch));
    else if (/[\p{L}\p{N}]/u.test(ch) && ch.codePointAt(0) > 127) lookAlike.add(`'${ch}' (${codePoint(ch)})`);
  }
  return { invisible: [...invisible], lookAlike: [...lookAlike] };
}
function withoutInvisible(id) {
  return [...id].filter((ch) => ch === " " || !INVISIBLE.test(ch)).join("");
}

// src/validate/rules/title.ts
var MAX_TITLE_LENGTH = MAX_ISSUE_TITLE_CHARS;
var titleRule = (document) => {
  const title = text(document.data, "title");
  if (title === void 0 || title === "") return [];
  const findings = [];
  const length = [...title].length;
  const lines = title.trimEnd().split(/\r?\n/).length;
  if (title.trim() === "") {
    findings.push(atValue(document, ["title"], {
      rule: "title-format",
      message: "title is blank",
      hint: "write one line that says what users experienced, like 'Checkout errors after payment-gateway deploy'"
    }));
  } else if (lines > 1) {
    findings.push(atValue(document, ["title"], {
      rule: "title-format",
      message: `title spans ${lines} lines; it must be one line`,
      hint: "write the title on one line after title:, and move the rest to impact.summary or the Summary section"
    }));
  }
  if (length > MAX_TITLE_LENGTH) {
    findings.push(atValue(document, ["title"], {
      rule: "title-format",
      message: `title is ${length.toLocaleString("en-US")} characters long; the limit is ${MAX_TITLE_LENGTH}`,
      hint: "keep the title to what users experienced, in one short line; move the details to impact.summary or the Summary section"
    }));
  }
  return findings;
};

// src/validate/rules/identity.ts
var DATED = /^(\d{4}-\d{2}-\d{2})-?/;
function idHint(id, { config }) {
  const odd = oddCharacters(id);
  const characters = [
    ...id !== id.trim() ? ["remove the spaces around the id"] : [],
    ...odd.invisible.length ? [`remove the invisible ${odd.invisible.length === 1 ? "character" : "characters"} ${odd.invisible.join(", ")}`] : [],
    ...odd.lookAlike.length ? [`retype ${odd.lookAlike.join(", ")} as plain ASCII: ${odd.lookAlike.length === 1 ? "it is not an ASCII letter, though it may look like one" : "they are not ASCII letters, though they may look like them"}`] : []
  ];
  const prefix = characters.length ? `${characters.join("; ")}; ` : "";
  if (config.source && config.idPattern.source !== DEFAULT_ID_PATTERN) return `${prefix}change the id to match id_pattern in ${config.source}`;
  if (odd.lookAlike.length) return prefix.replace(/; $/, "");
  const meant = withoutInvisible(id).trim();
  const slug = meant.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  const date = DATED.exec(meant)?.[1] ?? "2026-03-04";
  return `${prefix}use the start date and a short lowercase slug, like ${date}-${slug.replace(DATED, "") || "checkout-errors"}`;
}
var identityRule = (document, context) => [...idRule(document, context), ...titleRule(document, context)];
var idRule = (document, context) => {
  const { config } = context;
  const id = text(document.data, "id");
  if (id === void 0) return [];
  const findings = [];
  if (!config.idPattern.test(id)) {
    findings.push(atValue(document, ["id"], {
      rule: "id-format",
      message: `id ${quote(id)} does not match the id pattern ${config.idPattern.source}`,
      hint: idHint(id, context)
    }));
  }
  const fileId = path.posix.basename(document.file).replace(/\.md$/i, "");
  if (fileId !== id && findings.length === 0) {
    findings.push(atValue(document, ["id"], {
      rule: "file-name-mismatch",
      severity: "warning",
      message: `the file name '${fileId}.md' does not match the id ${quote(id)}`,
      hint: `rename the file to ${id}.md so people can find the incident by its id`
    }));
  }
  return findings;
};
var detectionRule = (document) => {
  const status = text(document.data, "status");
  if (status === void 0 || status === "investigating" || document.data.detected_at !== void 0) return [];
  return [atValue(document, ["started_at"], {
    rule: "detected-at-missing",
    severity: "warning",
    message: `no detected_at: time to detect cannot be measured for this ${status} incident`,
    hint: "add detected_at: the time the first alert fired or the first person noticed, with a time zone"
  })];
};

// src/validate/rules/id-case.ts
var folded = /* @__PURE__ */ new WeakMap();
function foldedIndex(byId) {
  let index = folded.get(byId);
  if (!index) {
    index = /* @__PURE__ */ new Map();
    for (const [id, records2] of byId) {
      const key = id.toLowerCase();
      index.set(key, [...index.get(key) ?? [], ...records2]);
    }
    folded.set(byId, index);
  }
  return index;
}
function earlierIdsDifferingInCase(byId, id, file) {
  const candidates = foldedIndex(byId).get(id.toLowerCase()) ?? [];
  return candidates.filter((other) => other.data.id !== id && other.file < file);
}

// src/validate/rules/references.ts
function referencesOf(document) {
  const found = [];
  const repeatOf = text(document.data, "repeat_of");
  if (repeatOf !== void 0) found.push({ value: repeatOf, path: ["repeat_of"], field: "repeat_of" });
  for (const { value, index } of strings(document.data.related)) found.push({ value, path: ["related", index], field: `related[${index}]` });
  return found;
}
function deletedReference(document, { value, path: path2, field }, deletedFile) {
  return atValue(document, path2, {
    rule: "reference-unknown",
    message: `${field} names ${quote(value)}, which this change deletes (${deletedFile})`,
    hint: `keep ${deletedFile}, or point ${field} at another incident (or remove it)`
  });
}
var referencesRule = (document, { incidentsById, deletedById }) => {
  const findings = [];
  const id = text(document.data, "id");
  if (id !== void 0) {
    const others = (incidentsById.get(id) ?? []).filter((other) => other.file !== document.file);
    if (others.length > 0) {
      findings.push(atValue(document, ["id"], {
        rule: "id-duplicate",
        message: `id ${quote(id)} is also used by ${others.map((o) => o.file).join(", ")}`,
        hint: "ids must be unique across the repository; give one of the incidents a different id (and rename its file)"
      }));
    }
    const sameButCase = earlierIdsDifferingInCase(incidentsById, id, document.file);
    if (sameButCase.length > 0) {
      findings.push(atValue(document, ["id"], {
        rule: "id-duplicate",
        message: `id ${quote(id)} differs only in case from ${sameButCase.map((o) => `${quote(String(o.data.id))} (${o.file})`).join(", ")}`,
        hint: "ids must be unique whatever their case: people, searches and the file systems of macOS and Windows take the two for one; give this incident a different id (and rename its file)"
      }));
    }
  }
  for (const reference of referencesOf(document)) {
    const { value, path: path2, field } = reference;
    const deletedFile = deletedById?.get(value);
    if (value === id) {
      findings.push(atValue(document, path2, { rule: "reference-self", message: `${field} names this incident itself`, hint: `point ${field} at an earlier incident, or remove it` }));
    } else if (incidentsById.has(value)) {
      continue;
    } else if (deletedFile !== void 0) {
      findings.push(deletedReference(document, reference, deletedFile));
    } else {
      const guess = didYouMean(value, [...incidentsById.keys()]);
      findings.push(atValue(document, path2, {
        rule: "reference-unknown",
        message: `${field} names ${quote(value)}, but no incident has that id`,
        hint: guess ? `did you mean '${guess}'?` : "use the id from the other incident file's frontmatter"
      }));
    }
  }
  return findings;
};
var deletedReferencesRule = (document, { incidentsById, deletedById }) => referencesOf(document).flatMap((reference) => {
  const deletedFile = deletedById?.get(reference.value);
  return deletedFile === void 0 || incidentsById.has(reference.value) ? [] : [deletedReference(document, reference, deletedFile)];
});

// src/incidents/markdown/unclosed-fence.ts
var FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
function unclosedFenceLine(body, bodyLine) {
  let open;
  body.split(/\r\n|\r|\n/).forEach((text2, index) => {
    const match = FENCE.exec(text2);
    if (!match) return;
    const marker = match[1];
    if (!open) {
      if (marker[0] === "`" && match[2].includes("`")) return;
      open = { char: marker[0], length: marker.length, line: bodyLine + index };
    } else if (marker[0] === open.char && marker.length >= open.length && match[2].trim() === "") {
      open = void 0;
    }
  });
  return open?.line;
}

// src/validate/rules/sections.ts
function requiredSections(document, context) {
  if (text(document.data, "status") !== "reviewed") return void 0;
  const severity = text(document.data, "severity");
  const config = context.config.severities.find((s) => s.id === severity);
  return config && severity ? { severity, sections: config.reviewSections } : void 0;
}
function usualDepth(headings) {
  const depths = headings.map((h) => h.depth).filter((d) => d > 1);
  return depths.length ? depths.reduce((least, d) => Math.min(least, d)) : 2;
}
function placement(missingIndex, sections, found, document) {
  for (const later of sections.slice(missingIndex + 1)) {
    const heading = found.get(sectionKey(later));
    if (heading) return { line: heading.position.line, where: `before the '${heading.text}' section (line ${heading.position.line})` };
  }
  for (const earlier of sections.slice(0, missingIndex).reverse()) {
    const heading = found.get(sectionKey(earlier));
    if (heading) return { line: heading.position.line, where: `after the '${heading.text}' section (line ${heading.position.line})` };
  }
  if (document.body.trim() === "") return { line: document.bodyLine - 1, where: "below the frontmatter's closing '---' (the file has no body yet)" };
  return { line: document.bodyLine, where: "in the Markdown body below the frontmatter" };
}
var sectionsRule = (document, context) => {
  const required = requiredSections(document, context);
  if (!required) return [];
  const headings = readHeadings(document.body, document.bodyLine);
  const found = /* @__PURE__ */ new Map();
  for (const heading of headings) if (!found.has(sectionKey(heading.text))) found.set(sectionKey(heading.text), heading);
  const depth = "#".repeat(usualDepth(headings));
  const findings = [];
  let fence = null;
  const fenceNote = () => {
    if (fence === null) fence = unclosedFenceLine(document.body, document.bodyLine);
    return fence === void 0 ? "" : ` (the code block opened on line ${fence} is never closed, so every heading after it is code)`;
  };
  required.sections.forEach((section, index) => {
    const heading = found.get(sectionKey(section));
    if (!heading) {
      const { line, where } = placement(index, required.sections, found, document);
      findings.push({
        file: document.file,
        line,
        column: 1,
        rule: "review-section-missing",
        severity: "error",
        message: `missing section '${section}': a reviewed ${required.severity} incident needs it`,
        hint: `add a '${depth} ${section}' heading ${where}; ${required.severity} reviews need ${required.sections.join(", ")}${fenceNote()}`
      });
    } else if (!heading.hasContent) {
      findings.push({
        file: document.file,
        ...heading.position,
        rule: "review-section-empty",
        severity: "warning",
        message: `section '${heading.text}' is empty`,
        hint: `write what belongs under '${heading.text}', or 'None.' if there really is nothing`
      });
    }
  });
  return findings;
};

// src/validate/rules/taxonomy.ts
function suggestion(given, allowed, noun, configKey) {
  const guess = didYouMean(given, allowed);
  return guess ? `did you mean '${guess}'?` : `use one of ${allowed.join(", ")}, or add a new ${noun} to '${configKey}' in .incidents.yml`;
}
var taxonomyRule = (document, { config }) => {
  const findings = [];
  const data = document.data;
  const severity = text(data, "severity");
  const severities = config.severities.map((s) => s.id);
  if (severity !== void 0 && !severities.includes(severity)) {
    const fromConfig = config.source !== void 0 && config.severities !== DEFAULT_SEVERITIES;
    findings.push(atValue(document, ["severity"], {
      rule: "severity-value",
      message: fromConfig ? `severity ${quote(severity)} is not in the severities of ${config.source} (${severities.join(", ")})` : `severity must be one of ${severities.join(", ")} (got ${quote(severity)})`,
      hint: suggestion(severity, severities, "severity", "severities")
    }));
  }
  const categories = config.categories.map((c) => c.id);
  for (const { value, index } of strings(data.categories)) {
    if (!categories.includes(value)) {
      findings.push(atValue(document, ["categories", index], {
        rule: "category-value",
        message: `unknown category ${quote(value)}`,
        hint: suggestion(value, categories, "category", "categories")
      }));
    }
  }
  for (const { value: factor, index } of records(data.contributing_factors)) {
    const category = factor.category;
    if (typeof category === "string" && !categories.includes(category)) {
      findings.push(atValue(document, ["contributing_factors", index, "category"], {
        rule: "category-value",
        message: `unknown contributing-factor category ${quote(category)}`,
        hint: suggestion(category, categories, "category", "categories")
      }));
    }
  }
  const services = config.services.map((s) => s.id);
  if (services.length > 0) {
    for (const { value, index } of strings(data.services)) {
      if (!services.includes(value)) {
        findings.push(atValue(document, ["services", index], {
          rule: "service-value",
          message: `unknown service ${quote(value)}: it is not in the service catalog`,
          hint: suggestion(value, services, "service", "services")
        }));
      }
    }
  }
  return findings;
};

// src/validate/rules/timestamps.ts
var PHASES = ["started_at", "detected_at", "mitigated_at", "resolved_at"];
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
    } else if (resolved !== void 0 && reviewDay + DAY_MS <= resolved) {
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

// src/validate/validate-set.ts
var INCIDENT_RULES = [identityRule, taxonomyRule, timestampsRule, followUpsRule, referencesRule, sectionsRule, detectionRule];
var DATA_RULES = INCIDENT_RULES.filter((rule) => rule !== sectionsRule);
var CROSS_FILE_RULES = [referencesRule];
var PER_FILE_DATA_RULES = DATA_RULES.filter((rule) => !CROSS_FILE_RULES.includes(rule));
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
function validateDocuments({ targets, allIncidents, referrers = [], deletedById, config, now, rules = INCIDENT_RULES }) {
  const context = { config, now, incidentsById: indexById(allIncidents), deletedById };
  const findings = [];
  for (const document of targets) {
    if (document.kind === "review") {
      findings.push(...schemaFindings(document, "review"));
      continue;
    }
    findings.push(...schemaFindings(document, "incident"));
    for (const rule of rules) findings.push(...rule(document, context));
  }
  for (const document of referrers) findings.push(...deletedReferencesRule(document, context));
  return sortFindings(findings);
}

export {
  MAX_ISSUE_TITLE_CHARS,
  MAX_ISSUE_BODY_CHARS,
  CROSS_FILE_RULES,
  PER_FILE_DATA_RULES,
  indexById,
  validateDocuments
};
