import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);
import {
  UNKNOWN_SEVERITY
} from "./declare+explain+import+review+sync+validate+worker.js";
import {
  STDIN_FILE
} from "./declare+explain+review+status+sync+validate+worker.js";
import {
  DAY_MS,
  EXAMPLE_FILE,
  EXAMPLE_INCIDENT,
  RESOLVED_INCIDENT,
  configFile,
  defineRule,
  inIncident,
  lines,
  otherIncident,
  parseDay,
  parseTimestamp,
  record,
  records,
  strings,
  text,
  underReview
} from "./declare+explain+import+new+review+status+sync+validate+worker.js";
import {
  quote
} from "./declare+explain+import+new+program+review+status+sync+validate+worker.js";
import {
  readHeadings,
  sectionKey,
  sectionsWithContent
} from "./declare+explain+init+new+review+sync+validate+worker.js";
import {
  remarkParse,
  unified
} from "./declare+explain+import+init+new+review+sync+validate+worker.js";
import {
  DEFAULT_ID_PATTERN,
  DEFAULT_SEVERITIES,
  didYouMean,
  suggester
} from "./declare+explain+import+init+new+review+status+sync+validate+worker.js";

// src/validate/rules/context.ts
function atValue(document, path2, f) {
  return {
    file: document.file,
    ...document.locate.value(path2),
    severity: f.severity ?? f.rule.severity,
    rule: f.rule.id,
    message: f.message,
    hint: f.hint
  };
}
function atKey(document, path2, f) {
  return {
    file: document.file,
    ...document.locate.key(path2),
    severity: f.severity ?? f.rule.severity,
    rule: f.rule.id,
    message: f.message,
    hint: f.hint
  };
}

// src/validate/rules/follow-ups.ts
var MAX_FOLLOW_UPS = 100;
var FOLLOW_UP_ID_DUPLICATE = defineRule({
  id: "follow-up-id-duplicate",
  severity: "error",
  summary: "each follow-up id is used once within its incident",
  why: "Each id becomes exactly one GitHub issue; two follow-ups with one id would fight over the same issue.",
  wrong: lines(
    "follow_ups:",
    "  - id: alerting",
    "    title: Alert on checkout 5xx rate",
    '    owner: "@alice"',
    "  - id: alerting",
    "    title: Alert on payment latency",
    '    owner: "@bob"'
  ),
  right: lines(
    "follow_ups:",
    "  - id: alert-checkout-5xx",
    "    title: Alert on checkout 5xx rate",
    '    owner: "@alice"',
    "  - id: alert-payment-latency",
    "    title: Alert on payment latency",
    '    owner: "@bob"'
  )
});
var FOLLOW_UPS_REQUIRED = defineRule({
  id: "follow-ups-required",
  severity: "error",
  summary: "a reviewed incident lists follow-ups, or says in no_follow_ups_reason why there are none",
  why: "A review that changes nothing is the first thing to question; writing down why nothing needs doing keeps that a decision, not an oversight.",
  wrong: lines("status: reviewed", "review:", "  date: 2026-03-10"),
  right: lines(
    "status: reviewed",
    "review:",
    "  date: 2026-03-10",
    "follow_ups:",
    "  - id: canary-analysis",
    "    title: Add canary analysis to payment-gateway deploys",
    '    owner: "@alice"'
  ),
  repository: inIncident({ base: RESOLVED_INCIDENT })
});
function moreFixes(shown) {
  const fix = (n) => `  - id: fix-${n}
    title: Fix number ${n}`;
  return shown.replace(
    /^ *# \.\.\. (\d+) more$/m,
    (_, count) => Array.from({ length: Number(count) - 1 }, (_2, i) => fix(i + 2)).join("\n")
  );
}
var FOLLOW_UPS_TOO_MANY = defineRule({
  id: "follow-ups-too-many",
  severity: "error",
  summary: "an incident has at most 100 follow-ups",
  why: "Each follow-up becomes a GitHub issue. Hundreds from one incident are a backlog or a generated list pasted in, not what one review decided; they would flood the tracker and drown the follow-ups that matter.",
  wrong: lines(
    "follow_ups:",
    "  - id: fix-1",
    "    title: Fix number 1",
    "  # ... 500 more",
    "  - id: fix-501",
    "    title: Fix number 501"
  ),
  right: lines(
    "follow_ups:",
    "  - id: canary-analysis",
    "    title: Add canary analysis to payment-gateway deploys",
    '    owner: "@alice"',
    "  - id: alert-checkout-5xx",
    "    title: Alert on checkout 5xx rate",
    '    owner: "@bob"'
  ),
  repository: inIncident({ expand: moreFixes })
});
var FOLLOW_UP_OWNER = defineRule({
  id: "follow-up-owner",
  severity: "warning",
  summary: "each open follow-up has an owner",
  why: "Follow-ups that belong to nobody rarely get done, and the owner becomes the issue's assignee.",
  wrong: lines("follow_ups:", "  - id: canary-analysis", "    title: Add canary analysis to payment-gateway deploys"),
  right: lines(
    "follow_ups:",
    "  - id: canary-analysis",
    "    title: Add canary analysis to payment-gateway deploys",
    '    owner: "@alice"'
  )
});
var FOLLOW_UP_CLOSED_AT = defineRule({
  id: "follow-up-closed-at",
  severity: "warning",
  summary: "a follow-up marked done or not-planned (and not tracked by an issue) says when, in closed_at",
  why: "The batch review measures how fast follow-ups get done; without the date a finished follow-up cannot be counted.",
  wrong: lines(
    "follow_ups:",
    "  - id: canary-analysis",
    "    title: Add canary analysis to payment-gateway deploys",
    "    status: done"
  ),
  right: lines(
    "follow_ups:",
    "  - id: canary-analysis",
    "    title: Add canary analysis to payment-gateway deploys",
    "    status: done",
    "    closed_at: 2026-04-02"
  )
});
var followUpsRule = (document) => {
  const findings = [];
  const data = document.data;
  if (Array.isArray(data.follow_ups) && data.follow_ups.length > MAX_FOLLOW_UPS) {
    return [
      atKey(document, ["follow_ups"], {
        rule: FOLLOW_UPS_TOO_MANY,
        message: `follow_ups lists ${data.follow_ups.length.toLocaleString("en-US")} items; one incident may have at most ${MAX_FOLLOW_UPS}`,
        hint: "keep the follow-ups this incident's review decided on, and track a larger backlog in the issue tracker or a project board"
      })
    ];
  }
  const followUps = records(data.follow_ups);
  const historical = data.historical === true;
  const firstIndex = /* @__PURE__ */ new Map();
  for (const { value: followUp, index } of followUps) {
    const id = followUp.id;
    if (typeof id !== "string") continue;
    const earlier = firstIndex.get(id);
    if (earlier === void 0) firstIndex.set(id, index);
    else {
      findings.push(
        atValue(document, ["follow_ups", index, "id"], {
          rule: FOLLOW_UP_ID_DUPLICATE,
          message: `follow-up id ${quote(id)} is used twice in this incident (also follow_ups[${earlier}])`,
          hint: "give each follow-up its own id; the id links the follow-up to its GitHub issue"
        })
      );
    }
    const status = followUp.status;
    if (!historical && (status === "done" || status === "not-planned") && followUp.closed_at === void 0 && followUp.issue === void 0) {
      findings.push(
        atValue(document, ["follow_ups", index, "status"], {
          rule: FOLLOW_UP_CLOSED_AT,
          message: `follow-up ${quote(String(id ?? index))} is ${status} but has no closed_at`,
          hint: "add closed_at: YYYY-MM-DD so the batch review can measure how fast follow-ups get done"
        })
      );
    }
    if (!historical && followUp.owner === void 0 && status !== "done" && status !== "not-planned") {
      findings.push(
        atKey(document, ["follow_ups", index], {
          rule: FOLLOW_UP_OWNER,
          message: `follow-up ${quote(String(id ?? index))} has no owner`,
          hint: 'add owner: "@someone"; follow-ups without an owner rarely get done'
        })
      );
    }
  }
  const hasList = Array.isArray(data.follow_ups) && data.follow_ups.length > 0;
  if (text(data, "status") === "reviewed" && !hasList && data.no_follow_ups_reason === void 0) {
    findings.push(
      atValue(document, [Array.isArray(data.follow_ups) ? "follow_ups" : "status"], {
        rule: FOLLOW_UPS_REQUIRED,
        ...historical ? { severity: "warning" } : {},
        message: `a reviewed incident needs follow-ups, or a reason why there are none${historical ? " (a warning: this is a historical record)" : ""}`,
        hint: 'list what will be done under follow_ups (id, title, owner), or add no_follow_ups_reason: "..." explaining why nothing needs doing'
      })
    );
  }
  return findings;
};

// src/core/github-limits.ts
var MAX_ISSUE_TITLE_CHARS = 256;
var MAX_ISSUE_BODY_CHARS = 65536;
var MAX_SUMMARY_BYTES = 1024 * 1024 - 4096;

// src/validate/rules/title.ts
var MAX_TITLE_LENGTH = MAX_ISSUE_TITLE_CHARS;
var TITLE_FORMAT = defineRule({
  id: "title-format",
  severity: "error",
  summary: "the title is one line of at most 256 characters, and not blank",
  why: "The title is what lists, pull request comments and review tables show for the incident; a paragraph or a blank there helps nobody find it. 256 characters is GitHub's own limit for an issue title.",
  wrong: lines(
    "title: |",
    "  Checkout errors",
    "  after the payment-gateway deploy broke the flag rollout in every region"
  ),
  right: lines(
    "title: Checkout errors after payment-gateway deploy",
    "impact:",
    "  summary: The flag rollout broke checkout in every region."
  )
});
var titleRule = (document) => {
  const title = text(document.data, "title");
  if (title === void 0 || title === "") return [];
  const findings = [];
  const length = [...title].length;
  const lines2 = title.trimEnd().split(/\r?\n/).length;
  if (title.trim() === "") {
    findings.push(
      atValue(document, ["title"], {
        rule: TITLE_FORMAT,
        message: "title is blank",
        hint: "write one line that says what users experienced, like 'Checkout errors after payment-gateway deploy'"
      })
    );
  } else if (lines2 > 1) {
    findings.push(
      atValue(document, ["title"], {
        rule: TITLE_FORMAT,
        message: `title spans ${lines2} lines; it must be one line`,
        hint: "write the title on one line after title:, and move the rest to impact.summary or the Summary section"
      })
    );
  }
  if (length > MAX_TITLE_LENGTH) {
    findings.push(
      atValue(document, ["title"], {
        rule: TITLE_FORMAT,
        message: `title is ${length.toLocaleString("en-US")} characters long; the limit is ${MAX_TITLE_LENGTH}`,
        hint: "keep the title to what users experienced, in one short line; move the details to impact.summary or the Summary section"
      })
    );
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

// src/validate/rules/identity.ts
var ID_FORMAT = defineRule({
  id: "id-format",
  severity: "error",
  summary: "the id matches the id pattern: by default the start date and a lowercase slug",
  why: "Ids name files, link incidents to each other and to their follow-up issues. A predictable form keeps them unique, sortable and easy to type.",
  wrong: lines("id: Checkout Outage"),
  right: lines("id: 2026-03-04-checkout-errors")
});
var FILE_NAME_MISMATCH = defineRule({
  id: "file-name-mismatch",
  severity: "warning",
  summary: "the file is named after its id: <id>.md",
  why: "People look for an incident by the id they saw in an issue or a chat; a file named otherwise is hard to find.",
  wrong: lines("# incidents/2026/checkout-outage.md", "id: 2026-03-04-checkout-errors"),
  right: lines("# incidents/2026/2026-03-04-checkout-errors.md", "id: 2026-03-04-checkout-errors")
});
var DETECTED_AT_MISSING = defineRule({
  id: "detected-at-missing",
  severity: "warning",
  summary: "an incident past investigating says when it was detected (detected_at)",
  why: "How long problems go unnoticed is one of the most useful numbers a review has, and it cannot be measured without detected_at.",
  wrong: lines("status: mitigated", "started_at: 2026-03-04T09:12:00Z", "mitigated_at: 2026-03-04T09:51:00Z"),
  right: lines(
    "status: mitigated",
    "started_at: 2026-03-04T09:12:00Z",
    "detected_at: 2026-03-04T09:20:00Z",
    "mitigated_at: 2026-03-04T09:51:00Z"
  )
});
var DATED = /^(\d{4}-\d{2}-\d{2})-?/;
function idHint(id, document, { config }) {
  const odd = oddCharacters(id);
  const characters = [
    ...id !== id.trim() ? ["remove the spaces around the id"] : [],
    ...odd.invisible.length ? [`remove the invisible ${odd.invisible.length === 1 ? "character" : "characters"} ${odd.invisible.join(", ")}`] : [],
    ...odd.lookAlike.length ? [
      `retype ${odd.lookAlike.join(", ")} as plain ASCII: ${odd.lookAlike.length === 1 ? "it is not an ASCII letter, though it may look like one" : "they are not ASCII letters, though they may look like them"}`
    ] : []
  ];
  const prefix = characters.length ? `${characters.join("; ")}; ` : "";
  if (config.source && config.idPattern.source !== DEFAULT_ID_PATTERN)
    return `${prefix}change the id to match id_pattern in ${config.source}`;
  if (odd.lookAlike.length) return prefix.replace(/; $/, "");
  const meant = withoutInvisible(id).trim();
  const slug = meant.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  const fileId = path.posix.basename(document.file).replace(/\.md$/i, "");
  if (config.idPattern.test(fileId))
    return `${prefix}use the start date and a short lowercase slug, like the file's name: ${fileId}`;
  const started = text(document.data, "started_at");
  const date = DATED.exec(meant)?.[1] ?? (started && /^\d{4}-\d{2}-\d{2}/.exec(started)?.[0]) ?? "2026-03-04";
  return `${prefix}use the start date and a short lowercase slug, like ${date}-${slug.replace(DATED, "") || "checkout-errors"}`;
}
var identityRule = (document, context) => [
  ...idRule(document, context),
  ...titleRule(document, context)
];
var idRule = (document, context) => {
  const { config } = context;
  const id = text(document.data, "id");
  if (id === void 0) return [];
  const findings = [];
  if (!config.idPattern.test(id)) {
    findings.push(
      atValue(document, ["id"], {
        rule: ID_FORMAT,
        message: `id ${quote(id)} does not match the id pattern ${config.idPattern.source}`,
        hint: idHint(id, document, context)
      })
    );
  }
  const fileId = path.posix.basename(document.file).replace(/\.md$/i, "");
  if (fileId !== id && findings.length === 0 && document.file !== STDIN_FILE) {
    findings.push(
      atValue(document, ["id"], {
        rule: FILE_NAME_MISMATCH,
        message: `the file name '${fileId}.md' does not match the id ${quote(id)}`,
        hint: `rename the file to ${id}.md so people can find the incident by its id`
      })
    );
  }
  return findings;
};
var detectionRule = (document) => {
  const status = text(document.data, "status");
  if (status === void 0 || status === "investigating" || document.data.detected_at !== void 0) return [];
  return [
    atValue(document, ["started_at"], {
      rule: DETECTED_AT_MISSING,
      message: `no detected_at: time to detect cannot be measured for this ${status} incident`,
      hint: "add detected_at: the time the first alert fired or the first person noticed, with a time zone"
    })
  ];
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
var ID_DUPLICATE = defineRule({
  id: "id-duplicate",
  severity: "error",
  summary: "no two incident files in the repository share an id, even one that differs only in case",
  why: "Follow-up issues and references find an incident by its id; two incidents with one id get each other's issues and links. Ids that differ only in case name files that are one file on macOS and Windows.",
  wrong: lines(
    "# incidents/2026/2026-03-04-checkout-errors.md and",
    "# incidents/payments/2026-03-04-checkout-errors.md both say:",
    "id: 2026-03-04-checkout-errors"
  ),
  right: lines("# incidents/payments/2026-03-04-checkout-timeouts.md says:", "id: 2026-03-04-checkout-timeouts"),
  // The first file keeps its id: the example incident, beside the one renamed.
  repository: { right: inIncident({ beside: [{ path: EXAMPLE_FILE, text: EXAMPLE_INCIDENT }] }) }
});
var EARLIER = otherIncident("2025-11-20-checkout-timeouts", "Checkout timeouts during the sale");
var REFERENCE_UNKNOWN = defineRule({
  id: "reference-unknown",
  severity: "error",
  summary: "repeat_of and related name incidents that exist, with did-you-mean",
  why: "Repeats are how the batch review spots the same failure coming back; a reference to a missing id breaks that chain without anyone noticing.",
  wrong: lines("repeat_of: 2025-11-20-checkout-timeout"),
  right: lines("repeat_of: 2025-11-20-checkout-timeouts"),
  repository: inIncident({ beside: [EARLIER] })
});
var REFERENCE_SELF = defineRule({
  id: "reference-self",
  severity: "error",
  summary: "an incident does not name itself in repeat_of or related",
  why: "An incident cannot repeat itself; it is usually a copied id where an earlier incident was meant.",
  wrong: lines("id: 2026-03-04-checkout-errors", "repeat_of: 2026-03-04-checkout-errors"),
  right: lines("id: 2026-03-04-checkout-errors", "repeat_of: 2025-11-20-checkout-timeouts"),
  repository: inIncident({ beside: [EARLIER] })
});
function referencesOf(document) {
  const found = [];
  const repeatOf = text(document.data, "repeat_of");
  if (repeatOf !== void 0) found.push({ value: repeatOf, path: ["repeat_of"], field: "repeat_of" });
  for (const { value, index } of strings(document.data.related))
    found.push({ value, path: ["related", index], field: `related[${index}]` });
  return found;
}
function deletedReference(document, { value, path: path2, field }, deletedFile) {
  return atValue(document, path2, {
    rule: REFERENCE_UNKNOWN,
    message: `${field} names ${quote(value)}, which this change deletes (${deletedFile})`,
    hint: `keep ${deletedFile}, or point ${field} at another incident (or remove it)`
  });
}
var suggesters = /* @__PURE__ */ new WeakMap();
function suggestId(incidentsById) {
  let suggest = suggesters.get(incidentsById);
  if (!suggest) suggesters.set(incidentsById, suggest = suggester([...incidentsById.keys()]));
  return suggest;
}
var referencesRule = (document, { incidentsById, deletedById, hints }) => {
  const findings = [];
  const id = text(document.data, "id");
  if (id !== void 0) {
    const others = (incidentsById.get(id) ?? []).filter((other) => other.file !== document.file);
    if (others.length > 0) {
      findings.push(
        atValue(document, ["id"], {
          rule: ID_DUPLICATE,
          message: `id ${quote(id)} is also used by ${others.map((o) => o.file).join(", ")}`,
          hint: "ids must be unique across the repository; give one of the incidents a different id (and rename its file)"
        })
      );
    }
    const sameButCase = earlierIdsDifferingInCase(incidentsById, id, document.file);
    if (sameButCase.length > 0) {
      findings.push(
        atValue(document, ["id"], {
          rule: ID_DUPLICATE,
          message: `id ${quote(id)} differs only in case from ${sameButCase.map((o) => `${quote(String(o.data.id))} (${o.file})`).join(", ")}`,
          hint: "ids must be unique whatever their case: people, searches and the file systems of macOS and Windows take the two for one; give this incident a different id (and rename its file)"
        })
      );
    }
  }
  for (const reference of referencesOf(document)) {
    const { value, path: path2, field } = reference;
    const deletedFile = deletedById?.get(value);
    if (value === id) {
      findings.push(
        atValue(document, path2, {
          rule: REFERENCE_SELF,
          message: `${field} names this incident itself`,
          hint: `point ${field} at an earlier incident, or remove it`
        })
      );
    } else if (incidentsById.has(value)) {
      continue;
    } else if (deletedFile !== void 0) {
      findings.push(deletedReference(document, reference, deletedFile));
    } else {
      const guess = hints === false ? void 0 : suggestId(incidentsById)(value);
      findings.push(
        atValue(document, path2, {
          rule: REFERENCE_UNKNOWN,
          message: `${field} names ${quote(value)}, but no incident has that id`,
          hint: guess ? `did you mean '${guess}'?` : "use the id from the other incident file's frontmatter"
        })
      );
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

// src/incidents/markdown/lead-ins.ts
var parser = unified().use(remarkParse);
function plain(node) {
  return typeof node.value === "string" ? node.value : (node.children ?? []).map(plain).join("");
}
function leadIn(paragraph, following, bodyLine) {
  const [first, ...rest] = paragraph.children ?? [];
  if (first?.type !== "strong") return void 0;
  const label = plain(first).trim();
  const after = rest.map(plain).join("").trim();
  if (!label.endsWith(":") && !after.startsWith(":") && after !== "") return void 0;
  const start = paragraph.position?.start ?? { line: 1, column: 1 };
  return {
    text: label.replace(/:$/, "").trim(),
    position: { line: start.line + bodyLine - 1, column: start.column },
    hasContent: after.replace(/^:/, "").trim() !== "" || following !== void 0 && following.type !== "heading"
  };
}
function readLeadIns(body, bodyLine) {
  const children = parser.parse(body).children ?? [];
  const out = [];
  children.forEach((node, index) => {
    if (node.type === "paragraph") {
      const found = leadIn(node, children[index + 1], bodyLine);
      if (found) out.push(found);
    } else if (node.type === "list") {
      for (const item of node.children ?? []) {
        const [first, next] = item.children ?? [];
        const found = first?.type === "paragraph" ? leadIn(first, next, bodyLine) : void 0;
        if (found) out.push(found);
      }
    }
  });
  return out;
}

// src/validate/section-names.ts
function keysOf(heading) {
  const bare = heading.replace(/\s*\([^)]*\)\s*:?\s*$/, "");
  return bare === heading ? [sectionKey(heading)] : [sectionKey(heading), sectionKey(bare)];
}
function sectionMatcher(config) {
  const aliases = /* @__PURE__ */ new Map();
  for (const [section, names] of Object.entries(config.sectionAliases)) {
    const key = sectionKey(section);
    const set = aliases.get(key) ?? /* @__PURE__ */ new Set([key]);
    for (const name of names) set.add(sectionKey(name));
    aliases.set(key, set);
  }
  return (section, heading) => {
    const key = sectionKey(section);
    const accepted = aliases.get(key) ?? /* @__PURE__ */ new Set([key]);
    return keysOf(heading).some((k) => accepted.has(k));
  };
}

// src/validate/rules/sections.ts
var REVIEW_SECTION_MISSING = defineRule({
  id: "review-section-missing",
  severity: "error",
  summary: "a reviewed incident has the sections its severity requires (review_sections in the config); for a historical record, a warning",
  why: "The sections are what readers look for months later: what happened, who was affected, in what order, and why. Any heading level or case counts, so do the section's aliases (section_aliases in the config, and built-in ones such as Root causes and Action items), a trailing '(...)' and a bold lead-in (**Impact**: ...); headings inside code blocks do not. A heading one typo away from a required one is named in the finding; for a severity the config does not define, the sections every severity requires are checked.",
  wrong: lines(
    "## Summary",
    "Checkout failed for 8% of customers.",
    "",
    "## Contributing factors",
    "The flag was enabled globally."
  ),
  right: lines(
    "## Summary",
    "Checkout failed for 8% of customers.",
    "",
    "## Timeline",
    "- 09:12 deploy of payments-gateway 4.2",
    "- 09:20 alert checkout-5xx-rate fires",
    "",
    "## Contributing factors",
    "The flag was enabled globally."
  ),
  language: "markdown",
  repository: underReview(["Summary", "Timeline", "Contributing factors"])
});
var REVIEW_SECTION_EMPTY = defineRule({
  id: "review-section-empty",
  severity: "warning",
  summary: "a required section has something under its heading (a comment, such as the template's guidance, does not count)",
  why: 'An empty heading looks done but tells the reader nothing, and a comment is not shown to readers at all. If there really is nothing to say, write "None." so it is clear that was a decision.',
  wrong: lines("## Impact", "", "## Timeline"),
  right: lines(
    "## Impact",
    "About 8% of checkouts failed for 31 minutes; 1,200 customers saw an error.",
    "",
    "## Timeline"
  ),
  language: "markdown",
  repository: underReview(["Impact"])
});
function sectionsEverySeverityNeeds(config) {
  const [first, ...rest] = config.severities;
  if (!first) return [];
  return first.reviewSections.filter(
    (section) => rest.every((s) => s.reviewSections.some((other) => sectionKey(other) === sectionKey(section)))
  );
}
function sectionsBySeverityNote(config) {
  const common = new Set(sectionsEverySeverityNeeds(config).map(sectionKey));
  const extra = config.severities.map((s) => ({ id: s.id, sections: s.reviewSections.filter((section) => !common.has(sectionKey(section))) })).filter((s) => s.sections.length > 0);
  if (extra.length === 0) return "";
  return `; the other review sections depend on the severity: ${extra.map((s) => `${s.id} also needs ${s.sections.join(", ")}`).join("; ")}`;
}
function requiredSections(document, context) {
  if (text(document.data, "status") !== "reviewed") return void 0;
  const severity = text(document.data, "severity");
  if (severity === void 0) return void 0;
  const config = context.config.severities.find((s) => s.id === severity);
  if (config) return { severity, sections: config.reviewSections, unknownSeverity: false };
  return { severity, sections: sectionsEverySeverityNeeds(context.config), unknownSeverity: true };
}
function usualDepth(headings) {
  const depths = headings.map((h) => h.depth).filter((d) => d > 1);
  return depths.length ? depths.reduce((least, d) => Math.min(least, d)) : 2;
}
function placement(missingIndex, sections, found, document) {
  for (const later of sections.slice(missingIndex + 1)) {
    const heading = found.get(sectionKey(later));
    if (heading)
      return {
        line: heading.position.line,
        where: `before the '${heading.text}' section (line ${heading.position.line})`
      };
  }
  for (const earlier of sections.slice(0, missingIndex).reverse()) {
    const heading = found.get(sectionKey(earlier));
    if (heading)
      return {
        line: heading.position.line,
        where: `after the '${heading.text}' section (line ${heading.position.line})`
      };
  }
  if (document.body.trim() === "")
    return { line: document.bodyLine - 1, where: "below the frontmatter's closing '---' (the file has no body yet)" };
  return { line: document.bodyLine, where: "in the Markdown body below the frontmatter" };
}
function nearMiss(section, headings, taken, required) {
  return headings.find(
    (heading) => !taken.has(heading) && !required.has(sectionKey(heading.text)) && sectionKey(heading.text) !== "" && didYouMean(heading.text, [section]) !== void 0
  );
}
function holdsComment(document, heading, headings) {
  const next = headings.find((h) => h.position.line > heading.position.line);
  const lines2 = document.body.split("\n");
  const from = heading.position.line - document.bodyLine + 1;
  const to = next ? next.position.line - document.bodyLine : lines2.length;
  return lines2.slice(from, to).some((line) => line.includes("<!--"));
}
var HISTORICAL = " (a warning: this is a historical record)";
function whoNeeds(required) {
  return required.unknownSeverity ? `a reviewed incident needs it, whatever its severity` : `a reviewed ${required.severity} incident needs it`;
}
function whatReviewsNeed(required) {
  return required.unknownSeverity ? `every severity's review needs ${required.sections.join(", ")}` : `${required.severity} reviews need ${required.sections.join(", ")}`;
}
function findSections(document, sections, context) {
  const matches = sectionMatcher(context.config);
  const headings = readHeadings(document.body, document.bodyLine);
  const found = /* @__PURE__ */ new Map();
  const leadIns = [];
  for (const section of sections) {
    const heading = headings.find((h) => matches(section, h.text));
    if (heading) found.set(sectionKey(section), heading);
  }
  if (found.size < new Set(sections.map(sectionKey)).size) {
    const all = readLeadIns(document.body, document.bodyLine);
    for (const section of sections) {
      const leadIn2 = found.has(sectionKey(section)) ? void 0 : all.find((l) => matches(section, l.text));
      if (!leadIn2) continue;
      const heading = { depth: 0, ...leadIn2, hasOwnContent: leadIn2.hasContent };
      found.set(sectionKey(section), heading);
      leadIns.push(heading);
    }
  }
  return { headings, found, leadIns };
}
var sectionsRule = (document, context) => {
  const required = requiredSections(document, context);
  if (!required) return [];
  const historical = document.data.historical === true;
  const { headings, found, leadIns } = findSections(document, required.sections, context);
  const requiredKeys = /* @__PURE__ */ new Set([
    ...required.sections.map(sectionKey),
    ...[...found.values()].map((h) => sectionKey(h.text))
  ]);
  const withContent = sectionsWithContent(headings, requiredKeys);
  for (const leadIn2 of leadIns) if (leadIn2.hasContent) withContent.add(leadIn2);
  const taken = /* @__PURE__ */ new Set();
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
      const near = nearMiss(section, headings, taken, requiredKeys);
      if (near) {
        taken.add(near);
        const marks = "#".repeat(near.depth);
        findings.push({
          file: document.file,
          ...near.position,
          rule: REVIEW_SECTION_MISSING.id,
          severity: historical ? "warning" : REVIEW_SECTION_MISSING.severity,
          message: `missing section '${section}': ${whoNeeds(required)}${historical ? HISTORICAL : ""}; did you mean the heading '${near.text}' (line ${near.position.line})?`,
          hint: `rename '${marks} ${near.text}' to '${marks} ${section}'`
        });
        return;
      }
      const { line, where } = placement(index, required.sections, found, document);
      findings.push({
        file: document.file,
        line,
        column: 1,
        rule: REVIEW_SECTION_MISSING.id,
        severity: historical ? "warning" : REVIEW_SECTION_MISSING.severity,
        message: `missing section '${section}': ${whoNeeds(required)}${historical ? HISTORICAL : ""}`,
        hint: `add a '${depth} ${section}' heading ${where}, and what belongs under it; ${whatReviewsNeed(required)}${fenceNote()}`
      });
    } else if (!withContent.has(heading)) {
      const comment = holdsComment(document, heading, headings);
      findings.push({
        file: document.file,
        ...heading.position,
        rule: REVIEW_SECTION_EMPTY.id,
        severity: REVIEW_SECTION_EMPTY.severity,
        message: `section '${heading.text}' is empty${comment ? ": it holds only a comment, which readers never see" : ""}`,
        hint: `write what belongs under '${heading.text}', or 'None.' if there really is nothing`
      });
    }
  });
  return findings;
};

// src/validate/rules/taxonomy.ts
var SEVERITY_VALUE = defineRule({
  id: "severity-value",
  severity: "error",
  summary: "severity is one of the severities in .incidents.yml (by default SEV1 to SEV4), or unknown in a historical record",
  why: "The severity decides which review sections are required and how fast the review is due. A severity the config does not define gets neither, and drops out of every count by severity.",
  wrong: lines("severity: high"),
  right: lines("severity: SEV1")
});
var CATEGORY_VALUE = defineRule({
  id: "category-value",
  severity: "error",
  summary: "categories and contributing-factor categories come from the taxonomy in .incidents.yml",
  why: 'Trends compare incidents by category; "deployment" and "deploy" would be counted as two different things. Add a new category to the config when none fits.',
  wrong: lines(
    "categories: [deployment]",
    "contributing_factors:",
    "  - category: third_party",
    "    description: The payment provider timed out."
  ),
  right: lines(
    "categories: [deploy]",
    "contributing_factors:",
    "  - category: third-party",
    "    description: The payment provider timed out."
  )
});
var SERVICE_VALUE = defineRule({
  id: "service-value",
  severity: "error",
  summary: "services come from the service catalog in .incidents.yml, when it has one",
  why: 'Repeats and trends are found per service; a name the catalog does not know ("checkout-svc" for "checkout") hides a repeat.',
  wrong: lines("services: [checkout-svc]"),
  right: lines("services: [checkout]"),
  repository: inIncident({ beside: [configFile(lines("services:", "  - id: checkout"))] })
});
function suggestion(given, allowed, noun, configKey) {
  const guess = didYouMean(given, allowed);
  return guess ? `did you mean '${guess}'?` : `use one of ${allowed.join(", ")}, or add a new ${noun} to '${configKey}' in .incidents.yml`;
}
var ids = /* @__PURE__ */ new WeakMap();
function idsOf(config) {
  let found = ids.get(config);
  if (!found) {
    found = {
      severities: config.severities.map((s) => s.id),
      categories: config.categories.map((c) => c.id),
      services: config.services.map((s) => s.id)
    };
    ids.set(config, found);
  }
  return found;
}
var taxonomyRule = (document, { config }) => {
  const findings = [];
  const data = document.data;
  const { severities, categories, services } = idsOf(config);
  const severity = text(data, "severity");
  const unrecorded = severity === UNKNOWN_SEVERITY && data.historical === true;
  if (severity !== void 0 && !severities.includes(severity) && !unrecorded) {
    const fromConfig = config.source !== void 0 && config.severities !== DEFAULT_SEVERITIES;
    findings.push(
      atValue(document, ["severity"], {
        rule: SEVERITY_VALUE,
        message: fromConfig ? `severity ${quote(severity)} is not in the severities of ${config.source} (${severities.join(", ")})` : `severity must be one of ${severities.join(", ")} (got ${quote(severity)})`,
        hint: `${suggestion(severity, severities, "severity", "severities")}${text(data, "status") === "reviewed" ? sectionsBySeverityNote(config) : ""}`
      })
    );
  }
  for (const { value, index } of strings(data.categories)) {
    if (!categories.includes(value)) {
      findings.push(
        atValue(document, ["categories", index], {
          rule: CATEGORY_VALUE,
          message: `unknown category ${quote(value)}`,
          hint: suggestion(value, categories, "category", "categories")
        })
      );
    }
  }
  for (const { value: factor, index } of records(data.contributing_factors)) {
    const category = factor.category;
    if (typeof category === "string" && !categories.includes(category)) {
      findings.push(
        atValue(document, ["contributing_factors", index, "category"], {
          rule: CATEGORY_VALUE,
          message: `unknown contributing-factor category ${quote(category)}`,
          hint: suggestion(category, categories, "category", "categories")
        })
      );
    }
  }
  if (services.length > 0) {
    for (const { value, index } of strings(data.services)) {
      if (!services.includes(value)) {
        findings.push(
          atValue(document, ["services", index], {
            rule: SERVICE_VALUE,
            message: `unknown service ${quote(value)}: it is not in the service catalog`,
            hint: suggestion(value, services, "service", "services")
          })
        );
      }
    }
  }
  return findings;
};

// src/validate/rules/timestamps.ts
var PHASES = ["started_at", "detected_at", "mitigated_at", "resolved_at"];
var TIMESTAMP_ORDER = defineRule({
  id: "timestamp-order",
  severity: "error",
  summary: "started_at <= detected_at <= mitigated_at <= resolved_at, and the review comes after resolution (a warning)",
  why: "Times out of order give negative durations and spoil the batch review's numbers; it is usually a wrong time zone or a typo in the date.",
  wrong: lines(
    "started_at: 2026-03-04T09:12:00Z",
    "detected_at: 2026-03-04T09:20:00+01:00   # 08:20 UTC, before the start"
  ),
  right: lines("started_at: 2026-03-04T09:12:00Z", "detected_at: 2026-03-04T09:20:00Z")
});
var TIMESTAMP_FUTURE = defineRule({
  id: "timestamp-future",
  severity: "error",
  summary: "no time or date (timestamps, review.date, closed_at) lies in the future",
  why: "An incident record describes what has happened; a future time is nearly always a wrong year or time zone.",
  wrong: lines("resolved_at: 2062-03-04T11:02:00Z"),
  right: lines("resolved_at: 2026-03-04T11:02:00Z")
});
var ORDER_HINT = "timestamps must be in order: started_at <= detected_at <= mitigated_at <= resolved_at; check the date and the time zone of both";
var timestampsRule = (document, { now }) => {
  const findings = [];
  const data = document.data;
  let previous;
  for (const field of PHASES) {
    const value = text(data, field);
    const ms = parseTimestamp(value);
    const day = ms === void 0 ? parseDay(value) : void 0;
    if (day !== void 0 && day > now.getTime())
      findings.push(
        atValue(document, [field], {
          rule: TIMESTAMP_FUTURE,
          message: `${field} (${value}) is in the future`,
          hint: "record days that have already happened; check the year"
        })
      );
    if (value === void 0 || ms === void 0) continue;
    if (previous && ms < previous.ms) {
      findings.push(
        atValue(document, [field], {
          rule: TIMESTAMP_ORDER,
          message: `${field} (${value}) is before ${previous.field} (${previous.value})`,
          hint: ORDER_HINT
        })
      );
    }
    if (ms > now.getTime()) {
      findings.push(
        atValue(document, [field], {
          rule: TIMESTAMP_FUTURE,
          message: `${field} (${value}) is in the future`,
          hint: "record times that have already happened; check the year and the time zone"
        })
      );
    }
    previous = { field, value, ms };
  }
  const review = record(data.review);
  const reviewDate = typeof review?.date === "string" ? review.date : void 0;
  const reviewDay = parseDay(reviewDate);
  const resolved = parseTimestamp(text(data, "resolved_at"));
  if (reviewDay !== void 0) {
    if (reviewDay > now.getTime()) {
      findings.push(
        atValue(document, ["review", "date"], {
          rule: TIMESTAMP_FUTURE,
          message: `review.date (${reviewDate}) is in the future`,
          hint: "set review.date once the review meeting has happened"
        })
      );
    } else if (resolved !== void 0 && reviewDay + DAY_MS <= resolved) {
      findings.push(
        atValue(document, ["review", "date"], {
          rule: TIMESTAMP_ORDER,
          severity: "warning",
          message: `review.date (${reviewDate}) is before the incident was resolved (${text(data, "resolved_at")})`,
          hint: "check the review date; a review usually follows resolution"
        })
      );
    }
  }
  for (const { value: followUp, index } of records(data.follow_ups)) {
    const closedAt = typeof followUp.closed_at === "string" ? followUp.closed_at : void 0;
    const closedDay = parseDay(closedAt);
    if (closedDay !== void 0 && closedDay > now.getTime()) {
      findings.push(
        atValue(document, ["follow_ups", index, "closed_at"], {
          rule: TIMESTAMP_FUTURE,
          message: `follow_ups[${index}].closed_at (${closedAt}) is in the future`,
          hint: "set closed_at to the day the follow-up was actually done or dropped"
        })
      );
    }
  }
  return findings;
};

export {
  FOLLOW_UP_ID_DUPLICATE,
  FOLLOW_UPS_REQUIRED,
  FOLLOW_UPS_TOO_MANY,
  FOLLOW_UP_OWNER,
  FOLLOW_UP_CLOSED_AT,
  followUpsRule,
  MAX_ISSUE_TITLE_CHARS,
  MAX_ISSUE_BODY_CHARS,
  TITLE_FORMAT,
  ID_FORMAT,
  FILE_NAME_MISMATCH,
  DETECTED_AT_MISSING,
  identityRule,
  detectionRule,
  ID_DUPLICATE,
  REFERENCE_UNKNOWN,
  REFERENCE_SELF,
  referencesRule,
  deletedReferencesRule,
  REVIEW_SECTION_MISSING,
  REVIEW_SECTION_EMPTY,
  sectionsRule,
  SEVERITY_VALUE,
  CATEGORY_VALUE,
  SERVICE_VALUE,
  taxonomyRule,
  TIMESTAMP_ORDER,
  TIMESTAMP_FUTURE,
  timestampsRule
};
