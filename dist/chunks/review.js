import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);
import "./declare+review.js";
import {
  collectReviewFacts
} from "./review+worker.js";
import {
  syncFollowUps
} from "./review+sync.js";
import "./declare+review+sync.js";
import "./cli+review+sync.js";
import "./declare+review+sync+validate+worker.js";
import {
  renderMarkdownForTerminal
} from "./review+status.js";
import "./import+review+status.js";
import {
  readableFormat
} from "./cli+review+status.js";
import {
  useColor
} from "./review+status+validate.js";
import "./cli+review+status+validate.js";
import {
  escapeMarkdown,
  inlineCode
} from "./declare+review+status+sync.js";
import "./cli+review+status+sync.js";
import "./review+status+sync+validate+worker.js";
import "./declare+review+status+sync+validate+worker.js";
import "./declare+import+review+status+sync+validate+worker.js";
import "./init+review+sync.js";
import "./declare+init+review+sync.js";
import "./cli+declare+init+review+sync.js";
import "./cli+init+review+status+sync+validate+worker.js";
import {
  checkPlace,
  writeFileAtomic
} from "./import+new+review+status+sync+validate+worker.js";
import {
  loadConfig,
  parseDurationDays
} from "./declare+import+new+review+status+sync+validate+worker.js";
import "./cli+declare+import+new+review+status+sync+validate+worker.js";
import "./cli+declare+import+init+new+review+status.js";
import "./declare+import+init+new+review+status+sync+validate+worker.js";
import "./declare+explain+review+sync+validate+worker.js";
import "./declare+explain+import+review+sync+validate+worker.js";
import "./declare+explain+review+status+sync+validate+worker.js";
import {
  DAY_MS,
  parseTarget
} from "./declare+explain+import+new+review+status+sync+validate+worker.js";
import {
  listSome
} from "./cli+declare+explain+import+new+review+status+sync+validate+worker.js";
import "./declare+explain+init+new+review+sync+validate+worker.js";
import "./declare+explain+import+init+new+review+sync+validate+worker.js";
import {
  DEFAULT_REVIEW_WITHIN_DAYS
} from "./declare+explain+import+init+new+review+status+sync+validate+worker.js";
import {
  EXIT_OK
} from "./cli+declare+explain+import+init+new+review+status+sync+validate.js";
import {
  UsageError
} from "./cli+declare+explain+import+init+new+review+status+sync+validate+worker.js";

// src/cli/review.ts
import path from "node:path";

// src/review/metrics/stats.ts
function percentile(values, p) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = p / 100 * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
}
function distribution(minutes) {
  const round = (v) => v === null ? null : Math.round(v * 10) / 10;
  return {
    count: minutes.length,
    p50_minutes: round(percentile(minutes, 50)),
    p90_minutes: round(percentile(minutes, 90))
  };
}
function share(part, whole) {
  return whole === 0 ? null : Math.round(part / whole * 1e3) / 1e3;
}
function countBy(items, keys) {
  const counts4 = /* @__PURE__ */ new Map();
  for (const item of items) for (const key of new Set(keys(item))) counts4.set(key, (counts4.get(key) ?? 0) + 1);
  return counts4;
}

// src/review/metrics/durations.ts
var MINUTE = 6e4;
var PHASES = ["time_to_detect", "time_to_mitigate", "time_to_resolve"];
function phaseMinutes(incident, phase) {
  if (!incident.startedExact) return void 0;
  const end = phase === "time_to_detect" ? incident.detected : phase === "time_to_mitigate" ? incident.mitigated : incident.resolved;
  return end === void 0 ? void 0 : (end - incident.started) / MINUTE;
}
function phaseDistributions(incidents) {
  const out = {};
  for (const phase of PHASES)
    out[phase] = distribution(incidents.map((i) => phaseMinutes(i, phase)).filter((m) => m !== void 0));
  return out;
}
function durations(incidents, severities, slowestCount = 3) {
  const bySeverity = {};
  for (const severity of severities) {
    const ofSeverity = incidents.filter((i) => i.severity === severity);
    if (ofSeverity.length) bySeverity[severity] = phaseDistributions(ofSeverity);
  }
  const slowest = incidents.flatMap((i) => {
    const ttm = phaseMinutes(i, "time_to_mitigate");
    return ttm === void 0 ? [] : [{ incident: i.id, title: i.title, severity: i.severity, time_to_mitigate_minutes: Math.round(ttm) }];
  }).sort((a, b) => b.time_to_mitigate_minutes - a.time_to_mitigate_minutes || (a.incident < b.incident ? -1 : 1)).slice(0, slowestCount);
  const missing = {};
  for (const phase of PHASES) missing[phase] = incidents.filter((i) => phaseMinutes(i, phase) === void 0).length;
  return { ...phaseDistributions(incidents), by_severity: bySeverity, slowest, missing };
}

// src/review/format.ts
function formatMinutes(minutes) {
  if (minutes === null) return "\u2013";
  const m = Math.round(minutes);
  if (m < 60) return `${m} min`;
  if (m < 1440) return `${Math.floor(m / 60)} h${m % 60 ? ` ${m % 60} min` : ""}`;
  const hours = Math.round(m % 1440 / 60);
  return `${Math.floor(m / 1440)} d${hours ? ` ${hours} h` : ""}`;
}
function formatShare(value) {
  return value === null ? "\u2013" : `${Math.round(value * 100)}%`;
}
function formatNumber(value) {
  if (value === null) return "\u2013";
  return Number.isInteger(value) ? String(value) : value.toFixed(value < 10 ? 2 : 1).replace(/\.?0+$/, "");
}
function formatMinutesExact(minutes) {
  if (minutes === null || minutes < 1440) return formatMinutes(minutes);
  const m = Math.round(minutes);
  const parts = [
    [Math.floor(m / 1440), "d"],
    [Math.floor(m % 1440 / 60), "h"],
    [m % 60, "min"]
  ];
  return parts.filter(([n], i) => i === 0 || n > 0).map(([n, unit]) => `${n} ${unit}`).join(" ");
}

// src/review/render/mermaid.ts
function label(text) {
  return `"${text.replace(/["[\]{}<>`\n\r]/g, "").slice(0, 80)}"`;
}
function barChart(title2, axis, labels, bars, line) {
  const max = Math.max(1, ...bars, ...line ?? []);
  return [
    "```mermaid",
    "xychart-beta",
    `  title ${label(title2)}`,
    `  x-axis [${labels.map(label).join(", ")}]`,
    `  y-axis ${label(axis)} 0 --> ${Math.ceil(max * 1.1)}`,
    `  bar [${bars.join(", ")}]`,
    ...line ? [`  line [${line.join(", ")}]`] : [],
    "```"
  ].join("\n");
}
function pieChart(title2, slices) {
  return [
    "```mermaid",
    `pie title ${title2.replace(/[\n\r"]/g, "")}`,
    ...slices.filter(([, n]) => n > 0).map(([name, n]) => `  ${label(name)} : ${n}`),
    "```"
  ].join("\n");
}

// src/review/render/sections.ts
var PHASE_NAMES = {
  time_to_detect: "Detect",
  time_to_mitigate: "Mitigate",
  time_to_resolve: "Resolve"
};
function table(header, rows) {
  return [
    `| ${header.join(" | ")} |`,
    `|${header.map(() => "---").join("|")}|`,
    ...rows.map((r) => `| ${r.join(" | ")} |`)
  ].join("\n");
}
function noThemesLine(r) {
  return r.period.baseline.length ? "_Nothing in this period stands out enough to raise as a theme: see the sections below._" : "_No themes yet: with no baseline to compare with, nothing in this period stands out enough to raise as one._";
}
function themesSection(r) {
  const themes = r.themes.length ? r.themes.map((t, i) => `${i + 1}. ${escapeMarkdown(t)}`) : [noThemesLine(r)];
  return ["## Themes for discussion", "", ...themes].join("\n");
}
var counts = (c, pick) => c ? formatNumber(pick(c) ?? 0) : "\u2013";
function baselineWords(r) {
  const b = r.period.baseline;
  if (!b.length) return "none";
  return b.length === 1 ? b[0] : `average of ${b.length} periods, ${b[0]} to ${b[b.length - 1]}`;
}
function noBaselineNote(r) {
  return r.period.records_from === null ? "No baseline: no incidents are recorded." : `No baseline: the records start on ${r.period.records_from}, so no period before this one holds any. If the program started earlier, set \`review.program_start\` in \`.incidents.yml\`.`;
}
function overviewSection(r) {
  const sev = Object.keys(r.incidents.by_severity);
  const { previous, baseline } = r.incidents;
  const rows = [
    ["**Incidents**", `**${r.incidents.total}**`, counts(previous, (c) => c.total), counts(baseline, (c) => c.total)],
    ...sev.map((s) => [
      escapeMarkdown(s),
      formatNumber(r.incidents.by_severity[s] ?? 0),
      counts(previous, (c) => c.by_severity[s]),
      counts(baseline, (c) => c.by_severity[s])
    ]),
    [
      "Near misses",
      formatNumber(r.incidents.near_misses),
      counts(previous, (c) => c.near_misses),
      counts(baseline, (c) => c.near_misses)
    ]
  ];
  return [
    "## Overview",
    "",
    table(
      [
        "",
        `This period (${escapeMarkdown(r.period.label)}${r.period.partial ? ", so far" : ""})`,
        `Previous (${r.period.previous === null ? "no records" : escapeMarkdown(r.period.previous)})`,
        `Baseline (${escapeMarkdown(baselineWords(r))})`
      ],
      rows
    ),
    ...baseline ? [] : ["", `_${noBaselineNote(r)}_`],
    "",
    barChart("Incidents per period", "Incidents", r.trends.periods, r.trends.incidents)
  ].join("\n");
}
function durationsSection(r) {
  const d = r.durations;
  const cells = (x) => [
    formatMinutes(x.p50_minutes),
    formatMinutes(x.p90_minutes),
    String(x.count)
  ];
  const rows = [
    ...Object.entries(d.by_severity).map(([s, p]) => [escapeMarkdown(s), ...PHASES.flatMap((phase) => cells(p[phase]))]),
    ["**All**", ...PHASES.flatMap((phase) => cells(d[phase]))]
  ];
  const header = ["Severity", ...PHASES.flatMap((p) => [`${PHASE_NAMES[p]} p50`, `${PHASE_NAMES[p]} p90`, "n"])];
  const missing = PHASES.filter((p) => d.missing[p] > 0).map(
    (p) => `${d.missing[p]} without the end of "${PHASE_NAMES[p].toLowerCase()}"`
  );
  return [
    "## Time to detect, mitigate and resolve",
    "",
    "From the start of impact. Medians (p50) and 90th percentiles, not means: incident durations are skewed.",
    "",
    r.incidents.total ? table(header, rows) : "_No incidents in this period._",
    ...missing.length ? ["", `_Left out where the data is missing: ${missing.join(", ")} (still open, or not recorded)._`] : [],
    ...d.slowest.length ? [
      "",
      "Slowest to mitigate:",
      "",
      ...d.slowest.map(
        (s) => `- ${inlineCode(s.incident)} (${escapeMarkdown(s.severity)}): ${formatMinutes(s.time_to_mitigate_minutes)}, ${escapeMarkdown(s.title)}`
      )
    ] : []
  ].join("\n");
}
function detectionSection(r) {
  const d = r.detection;
  const rows = Object.entries(d.by_method).filter(([, n]) => n > 0).map(([m, n]) => [escapeMarkdown(m), String(n), formatShare(d.shares[m] ?? null)]);
  return [
    "## Detection",
    "",
    d.known ? table(["Noticed first by", "Incidents", "Share"], rows) : r.incidents.total ? "_Detection cannot be shown: no incident in this period records `detection.method`._" : "_No incidents in this period._",
    ...d.unknown ? ["", `_${d.unknown} incident(s) do not record how they were detected._`] : [],
    ...d.known ? ["", pieChart("Who noticed first", Object.entries(d.by_method))] : []
  ].join("\n");
}
function trendsSection(r) {
  const t = r.trends;
  const block = (title2, list) => list.length ? [
    `### ${title2}`,
    "",
    table(
      ["", ...t.periods.map(escapeMarkdown)],
      list.map((s) => [escapeMarkdown(s.name), ...s.counts.map(String)])
    ),
    ""
  ] : [];
  const top = t.categories.slice(0, 6);
  const hasBaseline = r.period.baseline.length > 0;
  const chart = hasBaseline ? barChart(
    `Categories: ${r.period.label} against the baseline (average per period)`,
    "Incidents",
    top.flatMap((s) => [`${s.name} ${r.period.label}`, `${s.name} baseline`]),
    top.flatMap((s) => [s.current, s.baseline_avg ?? 0])
  ) : barChart(
    `Categories: ${r.period.label}`,
    "Incidents",
    top.map((s) => s.name),
    top.map((s) => s.current)
  );
  const moved = (list) => list.map(
    (g) => `${escapeMarkdown(g.name)} (${g.dimension.replace("_", " ")}: ${g.current} against ${formatNumber(g.baseline_avg)})`
  ).join("; ");
  return [
    "## Trends",
    "",
    ...top.length ? [chart, ""] : [],
    ...block("Categories", t.categories),
    ...block("Services", t.services),
    ...block("Contributing factors", t.contributing_factors),
    hasBaseline ? t.grew.length ? `What grew: ${moved(t.grew)}.` : "_Nothing grew against its baseline._" : `_Nothing is compared: ${noBaselineNote(r).replace(/^No baseline: /, "")}_`,
    ...hasBaseline && t.fell.length ? ["", `What fell: ${moved(t.fell)}.`] : []
  ].join("\n");
}
function cannotAnswer(r, field, what) {
  return r.missing_fields.includes(field) ? `_${what}: no incident in this period records \`${field}\`. Record it and the review will show it._` : void 0;
}
function repeatsSection(r) {
  const silent = cannotAnswer(r, "contributing_factors", "Repeats cannot be inferred");
  return [
    "## Repeats",
    "",
    ...r.incidents.total === 0 ? ["_No incidents in this period._"] : [
      r.novelty_rate === null ? "Novelty rate: **\u2013** (unknown without contributing factors or `repeat_of`)." : `Novelty rate: **${formatShare(r.novelty_rate)}** of this period's incidents repeat no earlier one.`,
      "",
      r.repeats.length ? table(
        ["Incident", "Repeats", "Link", "Evidence"],
        r.repeats.map((x) => [
          inlineCode(x.incident),
          inlineCode(x.repeat_of),
          x.strength === "explicit" ? "explicit (`repeat_of`)" : x.strength === "strong" ? "inferred, strong" : "inferred, weak (not counted)",
          x.strength === "explicit" ? "\u2013" : escapeMarkdown(x.reason.replace(/^(?:strong|weak): /, ""))
        ])
      ) : silent ?? "_No repeats in this period._",
      ...r.repeats.length && silent ? [
        "",
        "_Inferred from services, alerts, tags and titles only: no incident in this period records `contributing_factors`._"
      ] : []
    ],
    ...r.repeat_chains.some((c) => c.length > 2) ? [
      "",
      "Chains (explicit and strong links only):",
      "",
      ...r.repeat_chains.filter((c) => c.length > 2).map((c) => `- ${c.map((id) => inlineCode(id)).join(" \u2192 ")}`)
    ] : []
  ].join("\n");
}
var MEMBERS_SHOWN = 6;
function recurringSection(r) {
  return [
    "## Recurring remediations",
    "",
    "Follow-ups that propose the same thing in different words, across incidents up to the end of this period.",
    "",
    ...r.recurring_follow_ups.length ? r.recurring_follow_ups.flatMap((t) => [
      `- **${escapeMarkdown(t.theme)}**${t.pinned ? " (pinned)" : ""}: ${t.follow_ups.length} follow-ups in ${t.incidents.length} incidents, ${t.done} done. ${escapeMarkdown(t.question)}`,
      ...t.members.slice(0, MEMBERS_SHOWN).map((m) => `  - ${escapeMarkdown(m.title)} (${inlineCode(m.follow_up.slice(0, m.follow_up.lastIndexOf("/")))})`),
      ...t.follow_ups.length > Math.min(t.members.length, MEMBERS_SHOWN) ? [`  - and ${t.follow_ups.length - Math.min(t.members.length, MEMBERS_SHOWN)} more follow-up(s)`] : []
    ]) : [
      r.incidents.total === 0 ? "_No incidents in this period._" : cannotAnswer(r, "follow_ups", "No remediation analysis") ?? "_No remediation was proposed in more than one incident._"
    ]
  ].join("\n");
}
function followUpsSection(r) {
  const f = r.follow_ups;
  return [
    "## Follow-up health",
    "",
    f.source === "issues" ? "States read from the follow-up issues on GitHub." : "States read from the incident files (no GitHub token: issue states were not read).",
    "",
    table(
      ["Follow-ups", "Done", "Not planned", "Open", "Overdue", "Done within 30 days"],
      [
        [
          String(f.total),
          String(f.done),
          String(f.not_planned),
          String(f.open),
          String(f.overdue),
          String(f.completed_within_30d)
        ]
      ]
    ),
    ...f.oldest_open.length ? [
      "",
      "Oldest open:",
      "",
      ...f.oldest_open.map(
        (o) => `- ${inlineCode(o.key)}: ${escapeMarkdown(o.title)} (${o.age_days} days since the incident)`
      )
    ] : []
  ].join("\n");
}
function peopleSection(r) {
  const p = r.responders;
  const total = p.incident_commanders.reduce((sum, c) => sum + c.count, 0);
  if (r.incidents.total === 0) return ["## People", "", "_No incidents in this period._"].join("\n");
  return [
    "## People",
    "",
    p.incident_commanders.length ? table(
      ["Incident commander", "Incidents", "Share"],
      p.incident_commanders.map((c) => [
        escapeMarkdown(c.handle),
        String(c.count),
        formatShare(total ? c.count / total : null)
      ])
    ) : cannotAnswer(r, "roles.incident_commander", "No load figures"),
    ...p.top_two_share === null ? [] : [
      "",
      `The two most frequent commanders led **${formatShare(p.top_two_share)}** of incidents.${p.concentrated.length ? ` More than a third each: ${p.concentrated.map(escapeMarkdown).join(", ")}.` : ""}`
    ],
    ...p.without_commander && p.incident_commanders.length ? ["", `_${p.without_commander} incident(s) record no incident commander._`] : [],
    ...p.responders.length ? [
      "",
      `Responders: ${p.responders.slice(0, 10).map((x) => `${escapeMarkdown(x.handle)} (${x.count})`).join(", ")}.`
    ] : []
  ].join("\n");
}
function historicalNote(historical) {
  return historical ? [
    "",
    `_${historical} historical record${historical === 1 ? "" : "s"} (recorded after the fact) ${historical === 1 ? "has" : "have"} no review deadline and ${historical === 1 ? "is" : "are"} not counted here._`
  ] : [];
}
function reviewsSection(r) {
  const v = r.reviews;
  if (v.resolved === 0 && v.historical)
    return [
      "## Review health",
      "",
      "_No incident in this period has a review deadline._",
      ...historicalNote(v.historical)
    ].join("\n");
  if (v.resolved === 0)
    return [
      "## Review health",
      "",
      r.incidents.total ? "_No incident in this period is resolved yet: no review is due._" : "_No incidents in this period._"
    ].join("\n");
  const median = v.median_days_to_review === null ? cannotAnswer(r, "review.date", "Time to review cannot be measured") ?? "" : `Median time from resolution to review: **${formatNumber(v.median_days_to_review)} days** (${v.reviewed} of ${v.resolved} resolved incidents reviewed).`;
  return [
    "## Review health",
    "",
    median,
    "",
    v.past_deadline.length ? table(
      ["Incident", "Severity", "Deadline", "Reviewed", "Days late"],
      v.past_deadline.map((x) => [
        inlineCode(x.incident),
        escapeMarkdown(x.severity),
        x.deadline,
        x.reviewed ?? "not yet",
        String(x.days_late)
      ])
    ) : `_No review is past its deadline (${v.resolved} resolved incident(s))._`,
    ...historicalNote(v.historical)
  ].join("\n");
}
var GOAL_HINT = [
  "No goals are set. Goals turn this review into a check against what the organisation wants from reliability work; add some to `.incidents.yml`:",
  "",
  "```yaml",
  "goals:",
  "  - name: Fast mitigation",
  "    metric: time_to_mitigate",
  "    stat: p50",
  "    where: { severity: [SEV1, SEV2] }",
  '    target: "<= 30m"',
  "```"
];
function goalsSection(r) {
  const value = (unit, v) => unit === "minutes" ? formatMinutesExact(v) : unit === "share" ? formatShare(v) : formatNumber(v);
  const trend2 = { better: "\u2197 better", worse: "\u2198 worse", same: "\u2192 same" };
  return [
    "## Goals",
    "",
    ...r.goals.length ? [
      table(
        ["Goal", "This period", "Target", "Baseline", "Met", "Trend"],
        r.goals.map((g) => [
          escapeMarkdown(g.name),
          value(g.unit, g.value),
          escapeMarkdown(g.target),
          value(g.unit, g.baseline),
          g.met === null ? "no data" : g.met ? "\u2705 yes" : "\u274C no",
          g.trend ? trend2[g.trend] : "\u2013"
        ])
      ),
      ...r.goals.flatMap((g) => g.scaling ? ["", `_${escapeMarkdown(g.name)} is ${escapeMarkdown(g.scaling)}._`] : [])
    ] : GOAL_HINT
  ].join("\n");
}

// src/review/render/markdown.ts
var FULL = [
  themesSection,
  overviewSection,
  durationsSection,
  detectionSection,
  trendsSection,
  repeatsSection,
  recurringSection,
  followUpsSection,
  peopleSection,
  reviewsSection,
  goalsSection
];
var SHORT = [
  themesSection,
  overviewSection,
  durationsSection,
  detectionSection,
  repeatsSection,
  recurringSection,
  followUpsSection,
  goalsSection
];
function title(r) {
  const range = `${r.period.from} to ${r.period.to}`;
  const named = r.period.label === `${r.period.from}..${r.period.to}` ? range : `${escapeMarkdown(r.period.label)}: ${range}`;
  return `# Batch review ${named}${r.period.partial ? " (partial: the period is not over)" : ""}`;
}
function intro(r) {
  const baseline = r.period.baseline.length ? `baseline: ${escapeMarkdown(baselineWords(r))}` : "no baseline";
  const partial = r.period.partial ? ` The period runs to ${r.period.to}: counts so far, up to ${r.generated_at.slice(0, 10)}.` : "";
  return `${r.incidents.total} incident(s) in this period; ${baseline}.${partial} Generated by incidents-as-code on ${r.generated_at.slice(0, 10)}.`;
}
function render(r, sections) {
  const head = [title(r), "", intro(r), ...r.period.note ? ["", `> ${r.period.note}`] : []];
  return `${[...head, ...sections.map((section) => `
${section(r)}`)].join("\n")}
`;
}
function renderReviewMarkdown(report, maxBytes = Number.POSITIVE_INFINITY) {
  const full = render(report, FULL);
  if (Buffer.byteLength(full) <= maxBytes) return full;
  const short = `${render(report, SHORT)}
> Trends, people and review tables were left out to fit GitHub's size limit; run \`incidents review\` for the full report.
`;
  if (Buffer.byteLength(short) <= maxBytes) return short;
  const tiny = `${render(report, [themesSection, overviewSection])}
> Most of the review was left out to fit GitHub's size limit; run \`incidents review\` for the full report.
`;
  if (Buffer.byteLength(tiny) <= maxBytes) return tiny;
  return `${render(report, [])}
> The review did not fit GitHub's size limit; run \`incidents review\` for the full report.
`;
}

// src/review/metrics/detection.ts
var DETECTION_METHODS = ["alert", "customer", "employee", "automated-test", "other"];
function detection(incidents) {
  const byMethod = {};
  for (const method of DETECTION_METHODS) byMethod[method] = 0;
  let unknown = 0;
  for (const incident of incidents) {
    if (incident.detection === void 0) unknown++;
    else byMethod[incident.detection] = (byMethod[incident.detection] ?? 0) + 1;
  }
  const known = incidents.length - unknown;
  const shares = {};
  for (const [method, count] of Object.entries(byMethod)) shares[method] = share(count, known);
  return { known, unknown, by_method: byMethod, shares };
}

// src/review/metrics/follow-up-health.ts
function withIssueState(followUp, issue) {
  if (!issue || issue.state === "not-filed") return followUp;
  if (issue.state === "open") return { ...followUp, status: "open", closedAt: void 0 };
  const closedAt = followUp.status !== "open" && followUp.closedAt !== void 0 ? followUp.closedAt : issue.closedAt ? Date.parse(issue.closedAt) : void 0;
  return {
    ...followUp,
    status: issue.stateReason === "not_planned" || issue.stateReason === "duplicate" ? "not-planned" : "done",
    closedAt
  };
}
function followUpHealth(incidents, now, issues, withinDays = 30) {
  const all = incidents.flatMap(
    (incident) => incident.followUps.map((f) => ({ incident, followUp: withIssueState(f, issues?.get(f.key)) }))
  );
  const open = all.filter((x) => x.followUp.status === "open");
  return {
    source: issues ? "issues" : "files",
    total: all.length,
    done: all.filter((x) => x.followUp.status === "done").length,
    not_planned: all.filter((x) => x.followUp.status === "not-planned").length,
    open: open.length,
    overdue: open.filter((x) => x.followUp.due !== void 0 && x.followUp.due < now.getTime()).length,
    completed_within_30d: all.filter(
      (x) => x.followUp.status === "done" && x.followUp.closedAt !== void 0 && x.followUp.closedAt - x.incident.started <= withinDays * DAY_MS
    ).length,
    oldest_open: open.sort((a, b) => a.incident.started - b.incident.started || (a.followUp.key < b.followUp.key ? -1 : 1)).slice(0, 5).map((x) => ({
      key: x.followUp.key,
      title: x.followUp.title,
      incident: x.incident.id,
      age_days: Math.floor((now.getTime() - x.incident.started) / DAY_MS)
    }))
  };
}

// src/review/metrics/goals.ts
var PER_DAYS = { month: 365.25 / 12, quarter: 365.25 / 4, year: 365.25 };
var MONTHS = { month: 1, quarter: 3, year: 12 };
var COUNT_DECIMALS = 100;
function meets(value, target) {
  switch (target.op) {
    case "<=":
      return value <= target.value;
    case ">=":
      return value >= target.value;
    case "<":
      return value < target.value;
    case ">":
      return value > target.value;
    case "==":
      return value === target.value;
  }
}
function matches(goal, incident) {
  const where = goal.where ?? {};
  return (!where.severity || where.severity.includes(incident.severity)) && (!where.categories || where.categories.some((c) => incident.categories.includes(c))) && (!where.services || where.services.some((s) => incident.services.includes(s)));
}
function measure(goal, incidents, span, context2) {
  const selected = incidents.filter((i) => matches(goal, i));
  const round = (v) => v === null ? null : goal.metric.startsWith("time_to_") ? Math.round(v) : Math.round(v * 100) / 100;
  switch (goal.metric) {
    case "incident_count": {
      if (!goal.per) return Math.round(selected.length / span.count * COUNT_DECIMALS) / COUNT_DECIMALS;
      return Math.round(selected.length * perFactor(goal.per, span) * COUNT_DECIMALS) / COUNT_DECIMALS;
    }
    case "time_to_detect":
    case "time_to_mitigate":
    case "time_to_resolve": {
      const minutes = selected.map((i) => phaseMinutes(i, goal.metric)).filter((m) => m !== void 0);
      return round(percentile(minutes, goal.stat === "p90" ? 90 : 50));
    }
    case "follow_up_completion": {
      const within2 = (goal.within ? parseDurationDays(goal.within) : 30) * DAY_MS;
      const items = selected.flatMap(
        (i) => i.followUps.map((f) => ({ i, f: withIssueState(f, context2.issues?.get(f.key)) }))
      );
      if (!items.length) return null;
      return round(
        items.filter(({ i, f }) => f.status === "done" && f.closedAt !== void 0 && f.closedAt - i.started <= within2).length / items.length
      );
    }
    case "customer_detected_share": {
      const known = selected.filter((i) => i.detection !== void 0);
      return known.length ? round(known.filter((i) => i.detection === "customer").length / known.length) : null;
    }
    case "repeat_share":
      return selected.length ? round(selected.filter((i) => context2.repeats.has(i.id)).length / selected.length) : null;
    default:
      return null;
  }
}
function perFactor(per, span) {
  if (span.kind === "custom") return PER_DAYS[per] / span.days;
  return MONTHS[per] / (MONTHS[span.kind] * span.count);
}
var plural = (n, word) => `${formatCount(n)} ${word}${n === 1 ? "" : "s"}`;
var formatCount = (n) => Number.isInteger(n) ? String(n) : n.toFixed(1);
function scalingNote(goal, incidents, period) {
  if (goal.metric !== "incident_count" || !goal.per || goal.per === period.kind) return void 0;
  const count = incidents.filter((i) => matches(goal, i)).length;
  const days = (period.to - period.from) / DAY_MS;
  const over = period.kind === "custom" ? `${plural(days, "day")}, scaled to a ${goal.per} of ${PER_DAYS[goal.per].toFixed(1)} days` : `a ${period.kind} of ${plural(MONTHS[period.kind] / MONTHS[goal.per], goal.per)}`;
  return `a count per ${goal.per}: ${count} in ${period.label}, ${over}`;
}
function trend(value, previous, target) {
  if (value === null || previous === null) return null;
  if (value === previous) return "same";
  const lowerIsBetter = target.op === "<=" || target.op === "<";
  return value < previous === lowerIsBetter ? "better" : "worse";
}
function evaluateGoals(goals, input, context2) {
  const span = (periods) => ({
    kind: periods[0]?.kind ?? "custom",
    count: periods.length,
    days: periods.reduce((sum, p) => sum + (p.to - p.from) / DAY_MS, 0)
  });
  return goals.map((goal) => {
    const target = parseTarget(goal.target);
    const value = measure(goal, input.current, span([input.period]), context2);
    const previous = input.previousPeriod ? measure(goal, input.previous, span([input.previousPeriod]), context2) : null;
    const baseline = input.baselinePeriods.length ? measure(goal, input.baseline, span(input.baselinePeriods), context2) : null;
    const scaling = scalingNote(goal, input.current, input.period);
    return {
      name: goal.name,
      metric: goal.metric,
      unit: target.unit,
      value,
      target: goal.target,
      baseline,
      previous,
      met: value === null ? null : meets(value, target),
      trend: trend(value, previous, target),
      ...scaling ? { scaling } : {}
    };
  });
}

// src/review/metrics/overview.ts
function counts2(incidents, severities, periods = 1) {
  const avg = (n) => Math.round(n / Math.max(periods, 1) * 100) / 100;
  const bySeverity = {};
  for (const severity of severities)
    bySeverity[severity] = avg(incidents.filter((i) => i.severity === severity).length);
  return {
    total: avg(incidents.length),
    by_severity: bySeverity,
    near_misses: avg(incidents.filter((i) => i.nearMiss).length)
  };
}
function overview(current, previous, baseline, baselinePeriods, severities) {
  return {
    ...counts2(current, severities),
    ids: current.map((i) => i.id),
    previous: previous ? counts2(previous, severities) : null,
    baseline: baselinePeriods ? counts2(baseline, severities, baselinePeriods) : null
  };
}

// src/review/metrics/people.ts
function ranked(counts4) {
  return [...counts4].map(([handle, count]) => ({ handle, count })).sort((a, b) => b.count - a.count || (a.handle < b.handle ? -1 : 1));
}
function responders(incidents) {
  const led = incidents.filter((i) => i.commander !== void 0);
  const commanders = ranked(countBy(led, (i) => [i.commander]));
  const topTwo = (commanders[0]?.count ?? 0) + (commanders[1]?.count ?? 0);
  return {
    incident_commanders: commanders,
    responders: ranked(countBy(incidents, (i) => i.responders)),
    top_two_share: share(topTwo, led.length),
    concentrated: commanders.filter((c) => c.count * 3 > led.length).map((c) => c.handle),
    without_commander: incidents.length - led.length
  };
}

// src/review/period.ts
var utc = (year2, month0, day = 1) => (/* @__PURE__ */ new Date(0)).setUTCFullYear(year2, month0, day);
var FIRST_DAY = utc(0, 0, 1);
var yyyy = (year2) => String(year2).padStart(4, "0");
function quarter(year2, q) {
  return { label: `${yyyy(year2)}-Q${q}`, kind: "quarter", from: utc(year2, (q - 1) * 3), to: utc(year2, q * 3) };
}
function month(year2, m) {
  return {
    label: `${yyyy(year2)}-${String(m).padStart(2, "0")}`,
    kind: "month",
    from: utc(year2, m - 1),
    to: utc(year2, m)
  };
}
function year(y) {
  return { label: yyyy(y), kind: "year", from: utc(y, 0), to: utc(y + 1, 0) };
}
function isoDay(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}
function custom(from, to) {
  return { label: `${isoDay(from)}..${isoDay(to - DAY_MS)}`, kind: "custom", from, to };
}
function parsePeriod(text) {
  const t = text.trim();
  let m = /^(\d{4})-Q([1-4])$/i.exec(t);
  if (m) return quarter(Number(m[1]), Number(m[2]));
  m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(t);
  if (m) return month(Number(m[1]), Number(m[2]));
  m = /^(\d{4})$/.exec(t);
  if (m) return year(Number(m[1]));
  throw new UsageError(
    `Invalid value for '--period': must be a quarter (2026-Q1), a month (2026-03) or a year (2026) (got '${text}')`
  );
}
function parseDay(text, name) {
  const ms = /^\d{4}-\d{2}-\d{2}$/.test(text) ? Date.parse(`${text}T00:00:00Z`) : NaN;
  if (Number.isNaN(ms) || isoDay(ms) !== text)
    throw new UsageError(`Invalid value for '${name}': must be a date like 2026-01-31 (got '${text}')`);
  return ms;
}
function periodBetween(from, to) {
  const start = parseDay(from, "--from");
  const end = parseDay(to, "--to") + DAY_MS;
  if (end <= start) throw new UsageError(`'--to' (${to}) must not be before '--from' (${from})`);
  return custom(start, end);
}
function lastDays(text, now) {
  const m = /^(\d+)d$/.exec(text.trim());
  if (!m || Number(m[1]) === 0)
    throw new UsageError(`Invalid value for '--last': must be a number of days like 90d (got '${text}')`);
  const end = utc(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1);
  const start = end - Number(m[1]) * DAY_MS;
  if (start < FIRST_DAY)
    throw new UsageError(`Invalid value for '--last': reaches back before the year 0000 (got '${text}')`);
  return custom(start, end);
}
function quarterOf(ms) {
  const d = new Date(ms);
  return quarter(d.getUTCFullYear(), Math.floor(d.getUTCMonth() / 3) + 1);
}
function lastFullQuarter(now) {
  const current = quarterOf(now.getTime());
  return previousPeriod(current);
}
function previousPeriod(period) {
  const d = new Date(period.from);
  switch (period.kind) {
    case "quarter": {
      const q = Math.floor(d.getUTCMonth() / 3) + 1;
      return q === 1 ? quarter(d.getUTCFullYear() - 1, 4) : quarter(d.getUTCFullYear(), q - 1);
    }
    case "month":
      return d.getUTCMonth() === 0 ? month(d.getUTCFullYear() - 1, 12) : month(d.getUTCFullYear(), d.getUTCMonth());
    case "year":
      return year(d.getUTCFullYear() - 1);
    case "custom":
      return custom(period.from - (period.to - period.from), period.from);
  }
}
function periodsWithData(period, count, dataStart2) {
  const out = [];
  if (dataStart2 === void 0) return out;
  let p = period;
  for (let i = 0; i < count; i++) {
    if (p.from <= dataStart2 || p.from <= FIRST_DAY) break;
    p = previousPeriod(p);
    out.unshift(p);
  }
  return out;
}
function isPartial(period, now) {
  return now < period.to;
}
function contains(period, ms) {
  return ms >= period.from && ms < period.to;
}

// node_modules/stemmer/index.js
var step2list = {
  ational: "ate",
  tional: "tion",
  enci: "ence",
  anci: "ance",
  izer: "ize",
  bli: "ble",
  alli: "al",
  entli: "ent",
  eli: "e",
  ousli: "ous",
  ization: "ize",
  ation: "ate",
  ator: "ate",
  alism: "al",
  iveness: "ive",
  fulness: "ful",
  ousness: "ous",
  aliti: "al",
  iviti: "ive",
  biliti: "ble",
  logi: "log"
};
var step3list = {
  icate: "ic",
  ative: "",
  alize: "al",
  iciti: "ic",
  ical: "ic",
  ful: "",
  ness: ""
};
var consonant = "[^aeiou]";
var vowel = "[aeiouy]";
var consonants = "(" + consonant + "[^aeiouy]*)";
var vowels = "(" + vowel + "[aeiou]*)";
var gt0 = new RegExp("^" + consonants + "?" + vowels + consonants);
var eq1 = new RegExp(
  "^" + consonants + "?" + vowels + consonants + vowels + "?$"
);
var gt1 = new RegExp("^" + consonants + "?(" + vowels + consonants + "){2,}");
var vowelInStem = new RegExp("^" + consonants + "?" + vowel);
var consonantLike = new RegExp("^" + consonants + vowel + "[^aeiouwxy]$");
var sfxLl = /ll$/;
var sfxE = /^(.+?)e$/;
var sfxY = /^(.+?)y$/;
var sfxIon = /^(.+?(s|t))(ion)$/;
var sfxEdOrIng = /^(.+?)(ed|ing)$/;
var sfxAtOrBlOrIz = /(at|bl|iz)$/;
var sfxEED = /^(.+?)eed$/;
var sfxS = /^.+?[^s]s$/;
var sfxSsesOrIes = /^.+?(ss|i)es$/;
var sfxMultiConsonantLike = /([^aeiouylsz])\1$/;
var step2 = /^(.+?)(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$/;
var step3 = /^(.+?)(icate|ative|alize|iciti|ical|ful|ness)$/;
var step4 = /^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)$/;
function stemmer(value) {
  let result = String(value).toLowerCase();
  if (result.length < 3) {
    return result;
  }
  let firstCharacterWasLowerCaseY = false;
  if (result.codePointAt(0) === 121) {
    firstCharacterWasLowerCaseY = true;
    result = "Y" + result.slice(1);
  }
  if (sfxSsesOrIes.test(result)) {
    result = result.slice(0, -2);
  } else if (sfxS.test(result)) {
    result = result.slice(0, -1);
  }
  let match;
  if (match = sfxEED.exec(result)) {
    if (gt0.test(match[1])) {
      result = result.slice(0, -1);
    }
  } else if ((match = sfxEdOrIng.exec(result)) && vowelInStem.test(match[1])) {
    result = match[1];
    if (sfxAtOrBlOrIz.test(result)) {
      result += "e";
    } else if (sfxMultiConsonantLike.test(result)) {
      result = result.slice(0, -1);
    } else if (consonantLike.test(result)) {
      result += "e";
    }
  }
  if ((match = sfxY.exec(result)) && vowelInStem.test(match[1])) {
    result = match[1] + "i";
  }
  if ((match = step2.exec(result)) && gt0.test(match[1])) {
    result = match[1] + step2list[match[2]];
  }
  if ((match = step3.exec(result)) && gt0.test(match[1])) {
    result = match[1] + step3list[match[2]];
  }
  if (match = step4.exec(result)) {
    if (gt1.test(match[1])) {
      result = match[1];
    }
  } else if ((match = sfxIon.exec(result)) && gt1.test(match[1])) {
    result = match[1];
  }
  if ((match = sfxE.exec(result)) && (gt1.test(match[1]) || eq1.test(match[1]) && !consonantLike.test(match[1]))) {
    result = match[1];
  }
  if (sfxLl.test(result) && gt1.test(result)) {
    result = result.slice(0, -1);
  }
  if (firstCharacterWasLowerCaseY) {
    result = "y" + result.slice(1);
  }
  return result;
}

// src/review/recurring/vocabulary.ts
var STOP_WORDS = new Set(
  `a an the and or nor but of to in on at by for from with without into onto over under than then when whenever
  while before after during until once per via as so if is are was were be been being it its this that these those
  there their them they we our us you your which who whom what how why where not no only also both either each every
  all any some other same own about above below between across against around up down out off again always never
  still just very really whole its itself can could will would may might must shall should need needs make sure
  ticket tickets raised created team teams aware discussed discuss done action actions further follow
  followup investigate investigated investigation look looked into note noted jira issue issues todo task tasks
  item items n a na tbd wip thing things stuff etc eg ie incident incidents outage outages work
  add use using run make set put get have has had do does keep ensure improve update change move check review
  consider evaluate allow require write fix start new better properly proper automatically possible old tune tuning
  configure adjust tweak relax process processes processing show display give
  one two three four five six seven eight nine ten first second third half double twice
  time times second seconds minute minutes min mins hour hours day days daily week weeks weekly month months
  monthly quarter year years percent ms`.split(/\s+/)
);
var STATUS_NOTE = new RegExp(
  [
    "^(?:[a-z0-9 -]{1,30} )?(?:ticket (?:raised|created|opened|filed)|(?:raised|created|opened|filed) (?:a )?(?:jira )?ticket)",
    "^(?:[a-z0-9 -]{1,30} )?(?:follow(?:ed)? ?-?up with|talk(?:ed)? to|pair(?:ed)? with|thank)\\b",
    "\\bteam (?:aware|discussed|informed|notified)\\b",
    "\\bno (?:further )?actions?\\b",
    "^(?:done|n ?a|none|tbd|see (?:ticket|jira|issue))$"
  ].join("|")
);
var PHRASES = [
  [/\broll(?:ed|ing|s)? ?back\b/g, "rollback"],
  [/\bfail(?:ed|ing|s)? ?over\b/g, "failover"],
  [/\bfall(?:s|ing)? ?back\b/g, "fallback"],
  [/\bset ?up\b/g, "setup"],
  [/\b(?:log|sign)(?:ged|ging)? ?(?:in|on)\b/g, "login"],
  [/\bscale(?:d|s)? (?:up|out)\b/g, "increase scale"],
  [/\bscale(?:d|s)? (?:down|in)\b/g, "reduce scale"],
  [/\bbring(?:s|ing)? down\b/g, "reduce"],
  [/\bturn(?:ed|ing|s)? off\b/g, "disable"],
  [/\bturn(?:ed|ing|s)? on\b/g, "enable"],
  [/\bwrite (?:down|up) how\b/g, "runbook how"],
  [/\bdocument how\b/g, "runbook how"],
  [/\brate ?limit/g, "ratelimit"],
  // "page" the alert, not "the status page".
  [
    /\b(status|landing|product|web|home|error|login|checkout|search|results|help|front|wiki|detail|maintenance) pages?\b/g,
    "$1page"
  ],
  [/\bon ?call\b/g, "oncall"],
  [/\btime(?:s|d)? ?out\b/g, "timeout"],
  [/\blive ?ops\b/g, "liveops"],
  [/\bpod disruption budgets?\b/g, "pdb"],
  [/\bhealth ?checks?\b/g, "healthcheck"],
  [/\bload balancers?\b/g, "lb"],
  [/\bpull requests?\b/g, "pr"],
  [/\bload ?shed/g, "shed"],
  [/\b(?:load|stress|soak|capacity) ?test/g, "loadtest"],
  [/\bgame ?days?\b/g, "drill"],
  [/\bchaos (?:test|experiment|engineering)s?\b/g, "drill"],
  [/\bavailability zones?\b/g, "az"],
  [/\bout of memory\b/g, "oom"],
  [/\bnotify (?:the )?on ?call\b/g, "alert"],
  [/\bmonitor(?:ing)? the next\b/g, "observe the next"],
  [/\bwatch(?:ing)? the next\b/g, "observe the next"],
  [/\bconnection ?pool(?:s|ing|er|ers)?\b/g, "connpool"],
  [/\bpg ?bouncer\b/g, "connpool"],
  [/\bpoolers?\b/g, "connpool"],
  [/\bno deploy(?:s|ments)?\b/g, "freeze"],
  [/\bnon ?prod(?:uction)?\b/g, "staging"],
  [/\bpre ?prod(?:uction)?\b/g, "staging"],
  [/\btest (?:cluster|environment|env)\b/g, "staging"]
];
var SYNONYMS = {
  alert: "alert",
  alarm: "alert",
  page: "alert",
  pager: "alert",
  pagerduty: "alert",
  monitor: "alert",
  runbook: "runbook",
  playbook: "runbook",
  sop: "runbook",
  procedure: "runbook",
  document: "runbook",
  documentation: "runbook",
  doc: "runbook",
  docs: "runbook",
  dashboard: "dashboard",
  graph: "dashboard",
  panel: "dashboard",
  certificate: "cert",
  cert: "cert",
  tls: "cert",
  ssl: "cert",
  expiry: "expire",
  expire: "expire",
  expiration: "expire",
  renew: "renew",
  renewal: "renew",
  database: "db",
  db: "db",
  replica: "replica",
  replication: "replica",
  retry: "retry",
  backoff: "retry",
  idempotent: "idempotent",
  idempotency: "idempotent",
  dedupe: "idempotent",
  deduplicate: "idempotent",
  throttle: "ratelimit",
  ratelimit: "ratelimit",
  cache: "cache",
  caching: "cache",
  cached: "cache",
  shed: "shed",
  timeout: "timeout",
  fallback: "fallback",
  failover: "failover",
  freeze: "freeze",
  loadtest: "loadtest",
  autoscale: "autoscale",
  autoscaling: "autoscale",
  autoscaler: "autoscale",
  hpa: "autoscale",
  canary: "canary",
  staging: "staging",
  production: "prod",
  prod: "prod",
  live: "prod",
  drill: "drill",
  chaos: "drill",
  noise: "noise",
  noisy: "noise",
  flapping: "noise",
  flap: "noise",
  fatigue: "noise",
  spam: "noise",
  persist: "persist",
  persistence: "persist",
  persistent: "persist",
  oom: "oom",
  oomkill: "oom",
  oomkilled: "oom",
  oomkills: "oom",
  memory: "memory",
  mem: "memory",
  ram: "memory",
  shard: "shard",
  split: "shard",
  partition: "shard",
  announce: "announce",
  tell: "announce",
  inform: "announce",
  communicate: "announce",
  notify: "announce",
  test: "test",
  testing: "test",
  verify: "test",
  rehearse: "test",
  observe: "observe",
  connpool: "connpool",
  synthetic: "synthetic",
  reconcile: "reconcile",
  reconciliation: "reconcile",
  revert: "rollback",
  reversible: "rollback",
  undo: "rollback",
  rollback: "rollback",
  remove: "remove",
  delete: "remove",
  decommission: "remove",
  retire: "remove",
  deprecate: "remove",
  increase: "increase",
  raise: "increase",
  bigger: "increase",
  larger: "increase",
  more: "increase",
  bump: "increase",
  reduce: "reduce",
  lower: "reduce",
  decrease: "reduce",
  cut: "reduce",
  fewer: "reduce",
  less: "reduce",
  smaller: "reduce",
  kubernetes: "k8s",
  k8s: "k8s",
  lb: "lb",
  elb: "lb",
  alb: "lb",
  poddisruptionbudget: "pdb",
  pdb: "pdb"
};
var PRACTICES = /* @__PURE__ */ new Set([
  "alert",
  "dashboard",
  "runbook",
  "test",
  "drill",
  "loadtest",
  "canary",
  "cache",
  "ratelimit",
  "retry",
  "timeout",
  "autoscale",
  "fallback",
  "idempotent",
  "shed",
  "persist",
  "shard",
  "rollback",
  "failover",
  "freeze",
  "announce",
  "synthetic",
  "reconcile",
  "pdb",
  "connpool",
  "observe"
]);
var OUTPUTS = /* @__PURE__ */ new Set(["alert", "dashboard", "runbook", "test", "drill", "loadtest", "synthetic", "observe"]);
var POLARITY = {
  add: "up",
  create: "up",
  introduce: "up",
  enable: "up",
  implement: "up",
  install: "up",
  setup: "up",
  build: "up",
  increase: "up",
  extend: "up",
  grow: "up",
  remove: "down",
  disable: "down",
  silence: "down",
  mute: "down",
  drop: "down",
  reduce: "down"
};
var ACTION_WINDOW = 3;
var PRACTICE_NAMES = {
  alert: "alerting",
  dashboard: "dashboards",
  runbook: "runbooks",
  test: "testing",
  drill: "drills and game days",
  loadtest: "load testing",
  canary: "canary deploys",
  cache: "caching",
  ratelimit: "rate limiting",
  retry: "retries and backoff",
  timeout: "timeouts",
  autoscale: "autoscaling",
  fallback: "fallbacks",
  idempotent: "idempotency",
  shed: "load shedding",
  persist: "persistence",
  shard: "sharding",
  rollback: "rollbacks",
  failover: "failover",
  freeze: "change freezes",
  announce: "communication",
  synthetic: "synthetic checks",
  reconcile: "reconciliation",
  pdb: "disruption budgets",
  connpool: "connection pooling",
  observe: "watching"
};

// src/review/recurring/cluster.ts
var SIMILARITY_THRESHOLD = 0.32;
var MAX_THEME_SIZE = 12;
var SPECIFIC_DF_SHARE = 0.1;
var SPECIFIC_DF_FLOOR = 3;
var SPECIFIC_DF_MAX = 200;
var PREFIX_LENGTH = 5;
function prefixMap(features) {
  const vocabulary = new Set(features.flatMap((f) => f.terms));
  const map = /* @__PURE__ */ new Map();
  for (const term of vocabulary) {
    for (let n = PREFIX_LENGTH; n < term.length; n++) {
      const prefix = term.slice(0, n);
      if (vocabulary.has(prefix)) {
        map.set(term, prefix);
        break;
      }
    }
  }
  return map;
}
function termsOf(features) {
  const prefixes = prefixMap(features);
  return features.map((f) => [...f.terms.map((t) => prefixes.get(t) ?? t), ...f.polarity ? [`~${f.polarity}`] : []]);
}
function vectors(termLists, df) {
  const n = termLists.length;
  return termLists.map((list) => {
    const tf = /* @__PURE__ */ new Map();
    for (const t of list) tf.set(t, (tf.get(t) ?? 0) + 1);
    const terms = [...tf.keys()].sort();
    const weights = terms.map((t) => (1 + Math.log(tf.get(t))) * Math.log(1 + n / df.get(t)));
    return { terms, weights, norm: Math.sqrt(weights.reduce((s, w) => s + w * w, 0)) };
  });
}
function documentFrequencies(termLists) {
  const df = /* @__PURE__ */ new Map();
  for (const list of termLists) for (const t of new Set(list)) df.set(t, (df.get(t) ?? 0) + 1);
  return df;
}
function cosine(a, b) {
  if (!a.norm || !b.norm) return 0;
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < a.terms.length && j < b.terms.length) {
    const x = a.terms[i];
    const y = b.terms[j];
    if (x === y) dot += a.weights[i++] * b.weights[j++];
    else if (x < y) i++;
    else j++;
  }
  return dot / (a.norm * b.norm);
}
var onlyOutputs = (f) => f.practices.size > 0 && [...f.practices].every((p) => OUTPUTS.has(p));
function compatible(a, b) {
  if (a.polarity && b.polarity && a.polarity !== b.polarity) return false;
  if (a.practices.size && b.practices.size) return [...a.practices].some((x) => b.practices.has(x));
  if (a.practices.size || b.practices.size) {
    const [named, plain] = a.practices.size ? [a, b] : [b, a];
    return !onlyOutputs(named) && plain.polarity === void 0;
  }
  return true;
}
function candidatePairs(termLists, specific) {
  const postings = /* @__PURE__ */ new Map();
  termLists.forEach((list, i) => {
    for (const t of new Set(list)) {
      if (!specific(t)) continue;
      const posting = postings.get(t);
      if (posting) posting.push(i);
      else postings.set(t, [i]);
    }
  });
  const pairs = /* @__PURE__ */ new Map();
  const n = termLists.length;
  for (const list of postings.values())
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) pairs.set(list[x] * n + list[y], [list[x], list[y]]);
  return pairs;
}
function cluster(features, options = {}) {
  const threshold = options.threshold ?? SIMILARITY_THRESHOLD;
  const maxSize = options.maxSize ?? MAX_THEME_SIZE;
  const allowed = options.allowed ?? (() => true);
  const termLists = termsOf(features);
  const df = documentFrequencies(termLists);
  const specificCap = Math.min(
    SPECIFIC_DF_MAX,
    Math.max(SPECIFIC_DF_FLOOR, Math.ceil(features.length * SPECIFIC_DF_SHARE))
  );
  const vs = vectors(termLists, df);
  const ok = (a, b) => compatible(features[a], features[b]) && allowed(a, b);
  const edges = [];
  const specific = (t) => df.get(t) <= specificCap && !t.startsWith("~") && !PRACTICES.has(t);
  for (const [a, b] of candidatePairs(termLists, specific).values()) {
    const sim = cosine(vs[a], vs[b]);
    if (sim >= threshold && ok(a, b)) edges.push({ a, b, sim });
  }
  edges.sort((x, y) => y.sim - x.sim || x.a - y.a || x.b - y.b);
  const groupOf = features.map((_, i) => i);
  const members = new Map(features.map((_, i) => [i, [i]]));
  for (const { a, b } of edges) {
    const ga = groupOf[a];
    const gb = groupOf[b];
    if (ga === gb) continue;
    const A = members.get(ga);
    const B = members.get(gb);
    if (A.length + B.length > maxSize) continue;
    let total = 0;
    let fits = true;
    for (const x of A) {
      for (const y of B) {
        if (!ok(x, y)) fits = false;
        total += cosine(vs[x], vs[y]);
      }
      if (!fits) break;
    }
    if (!fits || total / (A.length * B.length) < threshold) continue;
    for (const y of B) groupOf[y] = ga;
    A.push(...B);
    members.delete(gb);
  }
  return [...members.values()].filter((g) => g.length > 1).map((g) => g.sort((x, y) => x - y));
}

// src/review/recurring/normalize.ts
function plainTitle(title2) {
  return title2.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/<[^>]*>/g, " ").replace(/\bhttps?:\/\/\S+/gi, " ").replace(/^\s*(?:[-*+]\s+)?\[[ xX]\]\s*/, "").replace(/^\s*\*\*\s*[^*\s]+(?:\s+[^*\s]+){0,2}\s*:\s*\*\*\s*:?/, " ").replace(/^\s*\*\*\s*[^*\s]+(?:\s+[^*\s]+){0,2}\s*\*\*\s*:/, " ").replace(/^\s*(?:todo|fixme|tbd)\b\s*:?/i, " ").replace(/\b[A-Z][A-Z0-9]{1,9}-\d+\b/g, " ").replace(/(^|\s)#\d+\b/g, " ").replace(/[*_`~]/g, " ");
}
function words(title2) {
  return plainTitle(title2).replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 0 && !/^\d+$/.test(w));
}

// src/review/recurring/features.ts
var ANY_PHRASE = new RegExp(PHRASES.map(([pattern]) => `(?:${pattern.source})`).join("|"));
function featureReader(stem, names) {
  const phrases = names.map(
    (n) => n.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean).join(" ")
  ).filter((n) => n.length > 1).sort((a, b) => b.length - a.length);
  const namePattern = phrases.length ? new RegExp(`\\b(?:${phrases.map((p) => p.replace(/ /g, " ")).join("|")})\\b`, "g") : void 0;
  const canonical = /* @__PURE__ */ new Map();
  const synonyms = /* @__PURE__ */ new Map();
  for (const [word, term] of Object.entries(SYNONYMS)) {
    synonyms.set(word, term);
    if (!synonyms.has(stem(word))) synonyms.set(stem(word), term);
  }
  const judge = (word) => {
    if (STOP_WORDS.has(word) || word.length < 2) return null;
    const direct = synonyms.get(word);
    if (direct) return direct;
    const stemmed = stem(word);
    if (STOP_WORDS.has(stemmed)) return null;
    return synonyms.get(stemmed) ?? stemmed;
  };
  return (title2) => {
    let text = words(title2).join(" ");
    if (namePattern) text = text.replace(namePattern, " ");
    if (STATUS_NOTE.test(text.trim()))
      return { terms: [], polarity: void 0, practices: /* @__PURE__ */ new Set(), surface: /* @__PURE__ */ new Map() };
    if (ANY_PHRASE.test(text)) for (const [pattern, replacement] of PHRASES) text = text.replace(pattern, replacement);
    const terms = [];
    const surface = /* @__PURE__ */ new Map();
    let polarity;
    const practices = /* @__PURE__ */ new Set();
    let firstTerm;
    let position = -1;
    for (const word of text.trim().split(/ +/)) {
      if (!word) continue;
      position++;
      let term = canonical.get(word);
      if (term === void 0) canonical.set(word, term = judge(word));
      const direction = POLARITY[word] ?? POLARITY[stem(word)] ?? (term ? POLARITY[term] : void 0);
      if (position < ACTION_WINDOW) polarity ??= direction;
      if (term && PRACTICES.has(term)) practices.add(term);
      if (term) firstTerm ??= term;
      if (!term || direction && !PRACTICES.has(term)) continue;
      terms.push(term);
      if (!surface.has(term)) surface.set(term, word);
    }
    if (!polarity && terms.length && PRACTICES.has(terms[0]) && terms[0] === firstTerm) polarity = "up";
    return { terms, polarity, practices, surface };
  };
}

// src/review/recurring/group.ts
var byText = (a, b) => a < b ? -1 : a > b ? 1 : 0;
var plural2 = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
function themeQuestion(incidents, followUps, done) {
  const proposed = followUps === incidents ? `Proposed in ${plural2(incidents, "incident")}` : `Proposed ${followUps} times in ${plural2(incidents, "incident")}`;
  const doneIn = followUps === incidents ? `done in ${done}` : `done ${done} of ${followUps}`;
  if (done === 0) return `${proposed}, never done: is this remediation worth doing?`;
  if (done === followUps) return `${proposed}, done every time, yet it keeps coming back: does it address the cause?`;
  if (done * 3 >= followUps * 2) return `${proposed}, ${doneIn}, yet it keeps coming back: does it address the cause?`;
  return `${proposed}, ${doneIn}: is this remediation working?`;
}
function distinctItems(items) {
  const byKey = /* @__PURE__ */ new Map();
  for (const f of items) {
    const key = `${f.incidentId}/${f.followUpId}`;
    const seen = byKey.get(key);
    if (!seen || f.done && !seen.done || f.done === seen.done && f.title < seen.title)
      byKey.set(key, { key, incidentId: f.incidentId, title: f.title, done: f.done });
  }
  return [...byKey.values()].sort((a, b) => byText(a.key, b.key));
}
function matcher(patterns) {
  const wanted = patterns.map((p) => ` ${words(p).join(" ")} `).filter((p) => p.trim());
  return (title2) => {
    const text = ` ${words(title2).join(" ")} `;
    return wanted.some((p) => text.includes(p));
  };
}
function nameOf(features) {
  const [first] = features;
  const practices = [...first.practices].filter((p) => features.every((f) => f.practices.has(p)));
  const counts4 = /* @__PURE__ */ new Map();
  for (const f of features) for (const t of new Set(f.terms)) counts4.set(t, (counts4.get(t) ?? 0) + 1);
  const shared = (need) => [...new Set(first.terms)].filter((t) => (counts4.get(t) ?? 0) >= need && !practices.includes(t));
  let objects = shared(features.length);
  if (!objects.length) objects = shared(Math.ceil(features.length / 2));
  const kind = practices.map((p) => PRACTICE_NAMES[p] ?? p)[0];
  const object = objects.filter((t) => !kind?.includes(first.surface.get(t) ?? t)).slice(0, 3).map((t) => first.surface.get(t) ?? t).join(" ");
  const name = kind && object ? `${kind}: ${object}` : kind ?? (object || "similar follow-ups");
  return features.every((f) => f.polarity === "down") ? `${name} (reduce or remove)` : name;
}
function toTheme(theme, members, pinned = false) {
  const sorted = [...members].sort((a, b) => byText(a.key, b.key));
  const incidents = [...new Set(sorted.map((m) => m.incidentId))].sort(byText);
  const done = sorted.filter((m) => m.done).length;
  return {
    theme,
    incidents,
    followUps: sorted.map((m) => m.key),
    members: sorted.map((m) => ({ followUp: m.key, incident: m.incidentId, title: m.title })),
    done,
    question: themeQuestion(incidents.length, sorted.length, done),
    ...pinned ? { pinned: true } : {}
  };
}
function groupFollowUps(items, options = {}) {
  const all = distinctItems(items);
  const pins = (options.pinned ?? []).map((p) => ({ name: p.name, matches: matcher(p.patterns) }));
  const groups = pins.map((p) => ({
    name: p.name,
    members: [],
    pinned: true
  }));
  const free = [];
  for (const item of all) {
    const pin = pins.findIndex((p) => p.matches(item.title));
    if (pin >= 0) groups[pin].members.push(item);
    else free.push(item);
  }
  const read = featureReader(options.stem ?? stemmer, options.ignoreWords ?? []);
  const cache = /* @__PURE__ */ new Map();
  const points = [];
  const pointOf = /* @__PURE__ */ new Map();
  const membersOf = [];
  for (const item of free) {
    let f = cache.get(item.title);
    if (!f) cache.set(item.title, f = read(item.title));
    const key = `${f.terms.join(" ")}|${f.polarity ?? ""}|${[...f.practices].sort().join(" ")}`;
    let point = f.terms.length ? pointOf.get(key) : void 0;
    if (point === void 0) {
      point = points.push(f) - 1;
      membersOf.push([]);
      if (f.terms.length) pointOf.set(key, point);
    }
    membersOf[point].push(item);
  }
  const separations = (options.separate ?? []).map((entry) => entry.map(matcher));
  const side = separations.map((lists) => membersOf.map((items2) => lists.findIndex((m) => m(items2[0].title))));
  const allowed = (a, b) => side.every((sides) => sides[a] < 0 || sides[b] < 0 || sides[a] === sides[b]);
  const clustered = /* @__PURE__ */ new Set();
  for (const indexes of cluster(points, { allowed, ...options.threshold ? { threshold: options.threshold } : {} })) {
    for (const i of indexes) clustered.add(i);
    groups.push({
      name: nameOf(indexes.map((i) => points[i])),
      members: indexes.flatMap((i) => membersOf[i]),
      pinned: false
    });
  }
  membersOf.forEach((items2, i) => {
    if (!clustered.has(i) && items2.length > 1)
      groups.push({ name: nameOf([points[i]]), members: items2, pinned: false });
  });
  return groups.filter((g) => g.members.length > 0);
}
function recurringRemediations(items, options = {}) {
  const minIncidents = Math.max(1, options.minIncidents ?? 2);
  const { involving } = options;
  return groupFollowUps(items, options).filter((g) => !involving || g.members.some((m) => involving.has(m.incidentId))).map((g) => toTheme(g.name, g.members, g.pinned)).filter((t) => t.incidents.length >= minIncidents).sort(
    (a, b) => b.incidents.length - a.incidents.length || byText(a.theme, b.theme) || byText(a.followUps[0] ?? "", b.followUps[0] ?? "")
  );
}

// src/review/metrics/repeats.ts
var GENERIC_SHARE = 1 / 3;
var ALIKE = 0.3;
var STRONGLY_ALIKE = 0.5;
var STRONG = 2;
var MAX_CANDIDATES = 200;
var counts3 = (k) => `${k} of`;
function context(all, windowDays, names) {
  const sorted = [...all].sort((a, b) => a.started - b.started);
  const byService = /* @__PURE__ */ new Map();
  for (const incident of sorted)
    for (const service of new Set(incident.services)) {
      let history = byService.get(service);
      if (!history) byService.set(service, history = { incidents: [], started: [] });
      history.incidents.push(incident);
      history.started.push(incident.started);
    }
  const tally = { factor: /* @__PURE__ */ new Map(), tag: /* @__PURE__ */ new Map() };
  for (const incident of all) {
    for (const f of new Set(incident.factorCategories)) tally.factor.set(f, (tally.factor.get(f) ?? 0) + 1);
    for (const t of new Set(incident.tags)) tally.tag.set(t, (tally.tag.get(t) ?? 0) + 1);
  }
  const generic = (kind, name) => (tally[kind].get(name) ?? 0) > all.length * GENERIC_SHARE;
  const linking = new Map(
    all.map((incident) => [
      incident,
      {
        factors: [...new Set(incident.factorCategories)].filter((f) => !generic("factor", f)),
        tags: [...new Set(incident.tags)].filter((t) => !generic("tag", t))
      }
    ])
  );
  const read = featureReader(stemmer, names);
  const index = new Map(all.map((incident, i) => [incident, i]));
  const terms = all.map((incident) => read(`${incident.title} ${incident.factorText}`).terms);
  const df = /* @__PURE__ */ new Map();
  for (const list of terms) for (const t of new Set(list)) df.set(t, (df.get(t) ?? 0) + 1);
  const vs = vectors(terms, df);
  return {
    all,
    windowDays,
    byService,
    rarity: (kind, name) => `${counts3(tally[kind].get(name) ?? 0)} ${all.length} incidents`,
    alike: (a, b) => cosine(vs[index.get(a)], vs[index.get(b)]),
    linking
  };
}
function evidence(incident, earlier, c, items) {
  let points = 0;
  const sharedService = (s) => earlier.services.includes(s);
  items?.push(
    `same service ${incident.services.filter(sharedService).map((s) => `'${s}'`).join(", ")}`
  );
  if (incident.alert !== void 0 && incident.alert === earlier.alert) {
    points += 2;
    items?.push(`same alert '${incident.alert}'`);
  }
  const { factors, tags } = c.linking.get(incident);
  const sharedFactor = (f) => earlier.factorCategories.includes(f);
  if (factors.some(sharedFactor)) {
    points += 1;
    items?.push(...factors.filter(sharedFactor).map((f) => `contributing factor '${f}' (in ${c.rarity("factor", f)})`));
  }
  const sharedTag = (t) => earlier.tags.includes(t) && !(incident.services.includes(t) && sharedService(t));
  if (tags.some(sharedTag)) {
    points += 1;
    items?.push(
      `tags ${tags.filter(sharedTag).map((t) => `'${t}'`).join(", ")}`
    );
  }
  const alike = c.alike(incident, earlier);
  if (alike >= ALIKE) {
    points += alike >= STRONGLY_ALIKE ? 2 : 1;
    items?.push(`titles and factors alike (${alike.toFixed(2)})`);
  }
  return points;
}
function countBefore(started, time) {
  let low = 0;
  let high = started.length;
  while (low < high) {
    const middle = low + high >>> 1;
    if (started[middle] < time) low = middle + 1;
    else high = middle;
  }
  return low;
}
function inferred(incident, c) {
  let best;
  const seen = /* @__PURE__ */ new Set();
  for (const service of new Set(incident.services)) {
    const history = c.byService.get(service);
    if (!history) continue;
    let looked = 0;
    for (let i = countBefore(history.started, incident.started) - 1; i >= 0 && looked < MAX_CANDIDATES; i--) {
      const earlier = history.incidents[i];
      if (earlier.id === incident.id) continue;
      if (incident.started - earlier.started > c.windowDays * DAY_MS) break;
      looked++;
      if (seen.has(earlier.id)) continue;
      seen.add(earlier.id);
      const points = evidence(incident, earlier, c);
      if (points === 0) continue;
      if (!best || points > best.points || points === best.points && earlier.started > best.earlier.started)
        best = { earlier, points };
    }
  }
  if (!best) return void 0;
  const items = [];
  evidence(incident, best.earlier, c, items);
  const days = Math.round((incident.started - best.earlier.started) / DAY_MS);
  const strength = best.points >= STRONG ? "strong" : "weak";
  return {
    incident: incident.id,
    repeat_of: best.earlier.id,
    inferred: true,
    strength,
    evidence: items,
    reason: `${strength}: ${items.join("; ")}; ${days} days earlier`
  };
}
function repeatFinder(all, options) {
  const c = context(all, options.windowDays, options.names ?? []);
  const answers = /* @__PURE__ */ new Map();
  const repeatOf = (incident) => {
    if (answers.has(incident)) return answers.get(incident);
    const answer = incident.repeatOf !== void 0 ? {
      incident: incident.id,
      repeat_of: incident.repeatOf,
      inferred: false,
      strength: "explicit",
      evidence: ["repeat_of in the incident file"],
      reason: "repeat_of in the incident file"
    } : inferred(incident, c);
    answers.set(incident, answer);
    return answer;
  };
  return { all, repeatOf };
}
var counted = (r) => r !== void 0 && r.strength !== "weak";
function repeatedIncidents(incidents, finder) {
  return new Set(incidents.filter((i) => counted(finder.repeatOf(i))).map((i) => i.id));
}
function repeats(period, { all, repeatOf }) {
  const list = [...period].sort((a, b) => a.started - b.started).flatMap((i) => repeatOf(i) ?? []);
  const strong = list.filter(counted);
  const byId = new Map(all.map((i) => [i.id, i]));
  const repeatedAgain = new Set(strong.map((r) => r.repeat_of));
  const chains = [];
  for (const repeat of strong) {
    if (repeatedAgain.has(repeat.incident)) continue;
    const chain = [repeat.incident];
    let link = repeat;
    while (link && !chain.includes(link.repeat_of) && chain.length < 50) {
      chain.unshift(link.repeat_of);
      const earlier = byId.get(link.repeat_of);
      const next = earlier ? repeatOf(earlier) : void 0;
      link = counted(next) ? next : void 0;
    }
    chains.push(chain);
  }
  return { list, chains, novelty_rate: share(period.length - strong.length, period.length) };
}

// src/review/metrics/review-health.ts
function reviewHealth(incidents, config, now) {
  const pastDeadline = [];
  const daysToReview = [];
  const resolved = incidents.filter((i) => i.resolved !== void 0 && !i.historical);
  for (const incident of resolved) {
    const within2 = config.severities.find((s) => s.id === incident.severity)?.reviewWithinDays ?? DEFAULT_REVIEW_WITHIN_DAYS;
    const resolvedDay = Math.floor(incident.resolved / DAY_MS) * DAY_MS;
    const deadline = resolvedDay + within2 * DAY_MS;
    const reviewed = incident.reviewDate;
    if (reviewed !== void 0) daysToReview.push((reviewed - resolvedDay) / DAY_MS);
    const late = (reviewed ?? now.getTime()) - deadline;
    if (late > 0) {
      pastDeadline.push({
        incident: incident.id,
        severity: incident.severity,
        deadline: isoDay(deadline),
        reviewed: reviewed === void 0 ? null : isoDay(reviewed),
        days_late: Math.floor(late / DAY_MS)
      });
    }
  }
  pastDeadline.sort((a, b) => b.days_late - a.days_late || (a.incident < b.incident ? -1 : 1));
  return {
    past_deadline: pastDeadline,
    median_days_to_review: percentile(daysToReview, 50),
    reviewed: daysToReview.length,
    resolved: resolved.length,
    historical: incidents.filter((i) => i.historical).length
  };
}

// src/review/themes.ts
var MIN_THEMES = 3;
var MAX_THEMES = 5;
function goalValue(unit, value) {
  return unit === "minutes" ? formatMinutesExact(value) : unit === "share" ? formatShare(value) : formatNumber(value);
}
function candidates(r) {
  const out = [];
  const total = r.incidents.total;
  const base = r.incidents.baseline?.total ?? 0;
  if (base > 0 && total >= base * 1.25 && total - base >= 2)
    out.push({
      score: 2 + total / base,
      text: `Incidents rose to ${total} this period against a baseline of ${formatNumber(base)} per period. What changed, and where?`
    });
  if (base > 0 && !r.period.partial && total <= base * 0.75 && base - total >= 2)
    out.push({
      score: 1.5,
      text: `Incidents fell to ${total} from a baseline of ${formatNumber(base)} per period. What worked, and can it spread?`
    });
  for (const goal of r.goals) {
    if (goal.met === false)
      out.push({
        score: 4,
        text: `Goal "${goal.name}" was missed: ${goalValue(goal.unit, goal.value)} against a target of ${goal.target}${goal.trend === "worse" ? ", and worse than the period before" : ""}. Is reliability work going where the goals say it should?`
      });
  }
  const theme = r.recurring_follow_ups[0];
  if (theme && theme.incidents.length >= 3)
    out.push({
      score: 1 + theme.incidents.length / 2,
      text: `The same remediation keeps coming back (${theme.theme}): ${theme.question}`
    });
  const counted2 = r.repeats.filter((x) => x.strength !== "weak");
  if (counted2.length >= 2) {
    const longest = [...r.repeat_chains].sort((a, b) => b.length - a.length)[0];
    const inferred2 = new Set(counted2.filter((x) => x.inferred).map((x) => x.incident));
    const chain = longest?.map((id, i) => i > 0 && inferred2.has(id) ? `\u2192 ${id} (inferred)` : i > 0 ? `\u2192 ${id}` : id).join(" ");
    out.push({
      score: 2 + counted2.length / 2,
      text: `${counted2.length} of ${total} incidents repeated an earlier failure (novelty rate ${formatShare(r.novelty_rate)})${longest && longest.length > 2 ? `; the longest chain is ${chain}` : ""}. Why did the earlier follow-ups not prevent them?`
    });
  }
  for (const handle of r.responders.concentrated.slice(0, 1)) {
    const load = r.responders.incident_commanders.find((c) => c.handle === handle);
    if (load.count < 2) continue;
    out.push({
      score: 3,
      text: `${handle} was incident commander for ${load.count} of ${total} incidents. Is that load sustainable, and who else is ready to lead?`
    });
  }
  const customers = r.detection.by_method.customer ?? 0;
  if (customers >= 2 && (r.detection.shares.customer ?? 0) >= 0.25)
    out.push({
      score: 2.5,
      text: `Customers noticed ${customers} of ${r.detection.known} incidents before we did. Which alerts would have caught them first?`
    });
  const grew = r.trends.grew[0];
  if (grew)
    out.push({
      score: 1 + (grew.current - grew.baseline_avg) / 2,
      text: `${grew.dimension === "services" ? "Service" : grew.dimension === "categories" ? "Category" : "Contributing factor"} '${grew.name}' appeared in ${grew.current} incidents against a baseline of ${formatNumber(grew.baseline_avg)}. Is it a trend worth investing in?`
    });
  if (r.reviews.past_deadline.length)
    out.push({
      score: 1.5,
      text: `${r.reviews.past_deadline.length} incident review(s) are past their deadline. What gets in the way of holding reviews on time?`
    });
  if (r.follow_ups.overdue >= 3)
    out.push({
      score: 1.2,
      text: `${r.follow_ups.overdue} follow-ups are open past their due date. Which still matter, and which should be closed as not planned?`
    });
  const slowest = r.durations.slowest[0];
  if (slowest)
    out.push({
      score: 0.5,
      text: `The slowest mitigation was ${slowest.incident} (${formatMinutes(slowest.time_to_mitigate_minutes)}). What would have made it faster?`
    });
  return out;
}
function discussionThemes(report) {
  if (report.incidents.total === 0) {
    const first = report.period.records_from;
    if (first === null) return ["No incidents are recorded yet, so there is nothing to discuss."];
    if (first > report.period.to)
      return [`This period ends before the first record (${first}): there is nothing to review.`];
    return [
      "There were no incidents in this period. Look at near misses, at open follow-ups and at what went well: what kept things quiet?"
    ];
  }
  const sorted = candidates(report).sort((a, b) => b.score - a.score);
  return sorted.slice(0, Math.max(MIN_THEMES, Math.min(MAX_THEMES, sorted.length))).map((c) => c.text);
}

// src/review/metrics/trends.ts
var TREND_TOP = 8;
function series(periods, incidents, keys) {
  const counts4 = /* @__PURE__ */ new Map();
  periods.forEach((period, p) => {
    for (const incident of incidents) {
      if (!contains(period, incident.started)) continue;
      for (const key of new Set(keys(incident))) {
        const row = counts4.get(key) ?? periods.map(() => 0);
        row[p]++;
        counts4.set(key, row);
      }
    }
  });
  return [...counts4].map(([name, row]) => {
    const base = row.slice(0, -1);
    return {
      name,
      counts: row,
      current: row[row.length - 1],
      baseline_avg: base.length ? Math.round(base.reduce((a, b) => a + b, 0) / base.length * 100) / 100 : null
    };
  }).sort(
    (a, b) => Math.max(b.current, b.baseline_avg ?? 0) - Math.max(a.current, a.baseline_avg ?? 0) || b.current - a.current || b.counts.reduce((x, y) => x + y, 0) - a.counts.reduce((x, y) => x + y, 0) || (a.name < b.name ? -1 : 1)
  );
}
function trends(periods, incidents) {
  const dimensions = {
    categories: series(periods, incidents, (i) => i.categories),
    services: series(periods, incidents, (i) => i.services),
    contributing_factors: series(periods, incidents, (i) => i.factorCategories)
  };
  const moves = Object.entries(dimensions).flatMap(
    ([dimension, list]) => list.flatMap(
      (s) => s.baseline_avg === null ? [] : [{ dimension, name: s.name, current: s.current, baseline_avg: s.baseline_avg }]
    )
  );
  const change = (m) => m.current - m.baseline_avg;
  const byName = (a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
  const grew = moves.filter((m) => m.current >= 2 && m.current > m.baseline_avg).sort((a, b) => change(b) - change(a) || byName(a, b)).slice(0, 5);
  const fell = moves.filter((m) => m.baseline_avg >= 1 && m.current < m.baseline_avg / 2).sort((a, b) => change(a) - change(b) || byName(a, b)).slice(0, 5);
  return {
    periods: periods.map((p) => p.label),
    incidents: periods.map((p) => incidents.filter((i) => contains(p, i.started)).length),
    categories: dimensions.categories.slice(0, TREND_TOP),
    services: dimensions.services.slice(0, TREND_TOP),
    contributing_factors: dimensions.contributing_factors.slice(0, TREND_TOP),
    grew,
    fell
  };
}

// src/review/build.ts
var BASELINE_PERIODS = 4;
function recurring(history, inPeriod, config, issueStates2) {
  const items = history.flatMap(
    (i) => i.followUps.map((f) => ({
      incidentId: i.id,
      followUpId: f.id,
      title: f.title,
      done: withIssueState(f, issueStates2?.get(f.key)).status === "done"
    }))
  );
  return recurringRemediations(items, {
    ignoreWords: namesOf(config),
    involving: inPeriod,
    pinned: config.review.themes,
    separate: config.review.separate
  }).map((theme) => ({
    theme: theme.theme,
    incidents: theme.incidents,
    follow_ups: theme.followUps,
    members: distinctTitles(theme.members),
    done: theme.done,
    question: theme.question,
    ...theme.pinned ? { pinned: true } : {}
  }));
}
var MEMBERS_LISTED = 12;
function distinctTitles(members) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const m of members) {
    if (seen.has(m.title) || out.length >= MEMBERS_LISTED) continue;
    seen.add(m.title);
    out.push({ follow_up: m.followUp, title: m.title });
  }
  return out;
}
function namesOf(config) {
  const owners = config.services.flatMap((s) => s.owner ? s.owner.replace(/^@/, "").split("/") : []);
  return [.../* @__PURE__ */ new Set([...config.services.map((s) => s.id), ...config.categories.map((c) => c.id), ...owners])];
}
function missingFields(current) {
  if (!current.length) return [];
  const none = (has) => !current.some(has);
  const resolved = current.filter((i) => i.resolved !== void 0);
  return [
    ...none((i) => i.factorCategories.length > 0) ? ["contributing_factors"] : [],
    ...none((i) => i.followUps.length > 0) ? ["follow_ups"] : [],
    ...none((i) => i.commander !== void 0) ? ["roles.incident_commander"] : [],
    ...none((i) => i.detection !== void 0) ? ["detection.method"] : [],
    ...resolved.length && !resolved.some((i) => i.reviewDate !== void 0) ? ["review.date"] : []
  ];
}
var within = (period, incidents) => incidents.filter((i) => contains(period, i.started));
function dataStart(incidents, config) {
  if (config.review.programStart !== void 0) return config.review.programStart;
  let first;
  for (const incident of incidents) if (first === void 0 || incident.started < first) first = incident.started;
  return first === void 0 ? void 0 : Math.floor(first / DAY_MS) * DAY_MS;
}
function buildReview({ incidents, config, period, now, issueStates: issueStates2, note }) {
  const severities = config.severities.map((s) => s.id);
  const start = dataStart(incidents, config);
  const baselinePeriods = periodsWithData(period, BASELINE_PERIODS, start);
  const previous = baselinePeriods.length ? previousPeriod(period) : void 0;
  const current = within(period, incidents).sort((a, b) => a.started - b.started);
  const previousIncidents = previous ? within(previous, incidents) : [];
  const baselineFrom = baselinePeriods[0]?.from ?? period.from;
  const baseline = incidents.filter((i) => i.started >= baselineFrom && i.started < period.from);
  const finder = repeatFinder(incidents, { windowDays: config.review.repeatWindowDays, names: namesOf(config) });
  const repeatsFound = repeats(current, finder);
  const allRepeats = repeatedIncidents(
    incidents.filter((i) => i.started < period.to && i.started >= baselineFrom),
    finder
  );
  const missing = missingFields(current);
  const parts = {
    period: {
      label: period.label,
      from: isoDay(period.from),
      to: isoDay(period.to - DAY_MS),
      previous: previous?.label ?? null,
      baseline: baselinePeriods.map((p) => p.label),
      ...isPartial(period, now.getTime()) ? { partial: true } : {},
      records_from: start === void 0 ? null : isoDay(start),
      ...note ? { note } : {}
    },
    generated_at: now.toISOString(),
    incidents: overview(
      current,
      previous ? previousIncidents : void 0,
      baseline,
      baselinePeriods.length,
      severities
    ),
    durations: durations(current, severities),
    detection: detection(current),
    trends: trends([...baselinePeriods, period], incidents),
    repeats: repeatsFound.list,
    repeat_chains: repeatsFound.chains,
    // Without factors, finding no repeat is silence, not novelty: a rate of 100% would read as a finding.
    novelty_rate: missing.includes("contributing_factors") && !repeatsFound.list.some((x) => x.strength !== "weak") ? null : repeatsFound.novelty_rate,
    recurring_follow_ups: recurring(
      incidents.filter((i) => i.started < period.to),
      new Set(current.map((i) => i.id)),
      config,
      issueStates2
    ),
    follow_ups: followUpHealth(current, now, issueStates2),
    responders: responders(current),
    reviews: reviewHealth(current, config, now),
    missing_fields: missing,
    goals: evaluateGoals(
      config.goals,
      { period, current, previousPeriod: previous, previous: previousIncidents, baselinePeriods, baseline },
      { repeats: allRepeats, issues: issueStates2 }
    )
  };
  return { ...parts, themes: discussionThemes(parts) };
}

// src/app/batch-review.ts
function latestQuarterWithIncidents(incidents, now) {
  let latest;
  for (const i of incidents)
    if (i.started <= now.getTime() && (latest === void 0 || i.started > latest)) latest = i.started;
  return latest === void 0 ? void 0 : quarterOf(latest);
}
function choosePeriod(choice, now, incidents) {
  const given = [
    choice.period !== void 0,
    choice.from !== void 0 || choice.to !== void 0,
    choice.last !== void 0
  ].filter(Boolean).length;
  if (given > 1) throw new UsageError("choose one of --period, --from/--to and --last");
  const latest = latestQuarterWithIncidents(incidents, now);
  const has = (period) => incidents.some((i) => contains(period, i.started));
  const elsewhere = (period) => has(period) || !latest ? { period } : {
    period,
    note: `No incidents in ${period.label}. The latest quarter with incidents is ${latest.label}: \`incidents review --period ${latest.label}\`.`
  };
  if (choice.period !== void 0) return elsewhere(parsePeriod(choice.period));
  if (choice.from !== void 0 || choice.to !== void 0) {
    if (choice.from === void 0 || choice.to === void 0) throw new UsageError("--from and --to go together");
    return elsewhere(periodBetween(choice.from, choice.to));
  }
  if (choice.last !== void 0) return elsewhere(lastDays(choice.last, now));
  const quarter2 = lastFullQuarter(now);
  if (has(quarter2)) return { period: quarter2 };
  if (!latest)
    return {
      period: quarter2,
      note: `No incidents are recorded yet, so there is nothing to review. Record one with \`incidents new\`; this review then covers the latest quarter with incidents.`
    };
  const current = latest.to > now.getTime();
  return {
    period: latest,
    note: `${quarter2.label}, the last full quarter, has no incidents: this review covers ${latest.label}, the latest quarter with incidents${current ? ", which is not over yet" : ""}.`
  };
}
async function issueStates(options) {
  const github = options.github;
  if (!github?.token) return void 0;
  try {
    const report = await syncFollowUps({
      cwd: options.cwd,
      configPath: options.configPath,
      now: options.now,
      token: github.token,
      apiUrl: github.apiUrl,
      serverUrl: github.serverUrl,
      repo: github.repo,
      defaultBranch: void 0,
      dryRun: true,
      maxOperations: 0,
      log: github.log,
      ...github.timing ? { timing: github.timing } : {},
      ...github.sources ? { sources: github.sources } : {}
    });
    return new Map(
      report.followUps.map((f) => [
        f.key,
        { key: f.key, state: f.state, stateReason: f.stateReason, closedAt: f.closedAt }
      ])
    );
  } catch (error) {
    github.log.warn(
      `follow-up states could not be read from GitHub (${error instanceof Error ? error.message : String(error)}); using the incident files`
    );
    return void 0;
  }
}
async function batchReview(options) {
  const { config } = loadConfig(options.cwd, options.configPath);
  const { incidents, skipped } = await collectReviewFacts({
    cwd: options.cwd,
    configPath: options.configPath,
    config,
    now: options.now,
    workerEntry: options.workerEntry
  });
  const { period, note } = choosePeriod(options, options.now, incidents);
  const states = await issueStates(options);
  const report = buildReview({
    incidents,
    config,
    period,
    now: options.now,
    ...note ? { note } : {},
    ...states ? { issueStates: states } : {}
  });
  return { report, config, period, skipped };
}

// src/review/render/json.ts
var THEME_EXAMPLES = 10;
function renderReviewJson(report, options = {}) {
  const cut2 = (list) => options.allMembers ? list : list.slice(0, THEME_EXAMPLES);
  const recurring2 = report.recurring_follow_ups.map(({ theme, incidents, follow_ups, ...rest }) => ({
    theme,
    incident_count: incidents.length,
    follow_up_count: follow_ups.length,
    incidents: cut2(incidents),
    follow_ups: cut2(follow_ups),
    ...rest
  }));
  return `${JSON.stringify({ ...report, recurring_follow_ups: recurring2 }, null, 2)}
`;
}

// src/review/render/left-out.ts
var FILES_NAMED = 10;
function leftOutNote(skipped) {
  const more = skipped.length > FILES_NAMED ? " ('incidents validate' names each)" : "";
  return `${skipped.length} incident file(s) that cannot be read or have errors in their frontmatter are left out of the review: ${listSome(skipped, FILES_NAMED)}${more}`;
}

// src/cli/review.ts
function asOutError(run) {
  try {
    run();
  } catch (error) {
    if (error instanceof UsageError) throw new UsageError(`--out: ${error.message}`);
    throw error;
  }
}
async function reviewCommand(flags, io) {
  const out = flags.out === void 0 ? void 0 : path.resolve(io.cwd, flags.out);
  if (out !== void 0) asOutError(() => checkPlace(out, { shown: flags.out }));
  const token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN;
  const { report, skipped } = await batchReview({
    cwd: io.cwd,
    configPath: flags.config,
    now: io.now,
    period: flags.period,
    from: flags.from,
    to: flags.to,
    last: flags.last,
    ...io.workerEntry ? { workerEntry: io.workerEntry } : {},
    ...token ? {
      github: {
        token,
        apiUrl: io.env.GITHUB_API_URL || "https://api.github.com",
        serverUrl: io.env.GITHUB_SERVER_URL || "https://github.com",
        repo: io.env.GITHUB_REPOSITORY || void 0,
        log: { info: () => void 0, warn: (m) => io.writeErr(`warning: ${m}
`) },
        ...io.githubTiming ? { timing: io.githubTiming } : {}
      }
    } : {}
  });
  if (skipped.length) io.writeErr(`note: ${leftOutNote(skipped)}
`);
  const format = flags.format === "json" ? "json" : readableFormat(flags.format, io, out !== void 0);
  const text = format === "json" ? renderReviewJson(report, { allMembers: flags.allMembers === true }) : format === "text" ? renderMarkdownForTerminal(renderReviewMarkdown(report), { color: useColor(io, flags.color) }) : renderReviewMarkdown(report);
  if (out !== void 0) {
    asOutError(() => writeFileAtomic(out, text, { shown: flags.out }));
    io.writeErr(`wrote ${flags.out}
`);
  } else {
    io.writeOut(text);
  }
  return EXIT_OK;
}
export {
  reviewCommand
};
