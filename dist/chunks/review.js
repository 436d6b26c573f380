import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);
import {
  collectReviewFacts
} from "./review+worker.js";
import {
  syncFollowUps
} from "./review+sync.js";
import "./cli+review+sync.js";
import "./review+status+sync+validate.js";
import "./review+status+sync+validate+worker.js";
import {
  writeFileAtomic
} from "./new+review.js";
import "./declare+review.js";
import {
  escapeMarkdown,
  inlineCode
} from "./declare+review+sync.js";
import "./cli+declare+review+sync.js";
import "./declare+review+sync+validate+worker.js";
import "./declare+review+status+sync+validate+worker.js";
import {
  loadConfig,
  parseDurationDays
} from "./declare+new+review+status+sync+validate+worker.js";
import "./cli+declare+new+review+status+sync+validate+worker.js";
import "./declare+explain+review+sync+validate+worker.js";
import {
  DAY_MS
} from "./declare+explain+review+status+sync+validate+worker.js";
import "./declare+explain+new+review+sync+validate+worker.js";
import {
  DEFAULT_REVIEW_WITHIN_DAYS,
  parseTarget
} from "./declare+explain+new+review+status+sync+validate+worker.js";
import {
  EXIT_OK
} from "./cli+declare+explain+new+review+status+sync+validate.js";
import {
  UsageError
} from "./cli+declare+explain+new+review+status+sync+validate+worker.js";

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
  const counts2 = /* @__PURE__ */ new Map();
  for (const item of items) for (const key of new Set(keys(item))) counts2.set(key, (counts2.get(key) ?? 0) + 1);
  return counts2;
}

// src/review/metrics/durations.ts
var MINUTE = 6e4;
var PHASES = ["time_to_detect", "time_to_mitigate", "time_to_resolve"];
function phaseMinutes(incident, phase) {
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

// src/review/render/mermaid.ts
function label(text) {
  return `"${text.replace(/["[\]{}<>`\n\r]/g, "").slice(0, 80)}"`;
}
function barChart(title, axis, labels, bars, line) {
  const max = Math.max(1, ...bars, ...line ?? []);
  return [
    "```mermaid",
    "xychart-beta",
    `  title ${label(title)}`,
    `  x-axis [${labels.map(label).join(", ")}]`,
    `  y-axis ${label(axis)} 0 --> ${Math.ceil(max * 1.1)}`,
    `  bar [${bars.join(", ")}]`,
    ...line ? [`  line [${line.join(", ")}]`] : [],
    "```"
  ].join("\n");
}
function pieChart(title, slices) {
  return [
    "```mermaid",
    `pie title ${title.replace(/[\n\r"]/g, "")}`,
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
function themesSection(r) {
  return ["## Themes for discussion", "", ...r.themes.map((t, i) => `${i + 1}. ${escapeMarkdown(t)}`)].join("\n");
}
function overviewSection(r) {
  const sev = Object.keys(r.incidents.by_severity);
  const rows = [
    [
      "**Incidents**",
      `**${r.incidents.total}**`,
      formatNumber(r.incidents.previous.total),
      formatNumber(r.incidents.baseline.total)
    ],
    ...sev.map((s) => [
      escapeMarkdown(s),
      formatNumber(r.incidents.by_severity[s] ?? 0),
      formatNumber(r.incidents.previous.by_severity[s] ?? 0),
      formatNumber(r.incidents.baseline.by_severity[s] ?? 0)
    ]),
    [
      "Near misses",
      formatNumber(r.incidents.near_misses),
      formatNumber(r.incidents.previous.near_misses),
      formatNumber(r.incidents.baseline.near_misses)
    ]
  ];
  return [
    "## Overview",
    "",
    table(
      [
        "",
        `This period (${escapeMarkdown(r.period.label)})`,
        `Previous (${escapeMarkdown(r.period.previous)})`,
        "Baseline (average of the four periods before)"
      ],
      rows
    ),
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
    d.known ? table(["Noticed first by", "Incidents", "Share"], rows) : "_No detection method recorded in this period._",
    ...d.unknown ? ["", `_${d.unknown} incident(s) do not record how they were detected._`] : [],
    ...d.known ? ["", pieChart("Who noticed first", Object.entries(d.by_method))] : []
  ].join("\n");
}
function trendsSection(r) {
  const t = r.trends;
  const block = (title, list) => list.length ? [
    `### ${title}`,
    "",
    table(
      ["", ...t.periods.map(escapeMarkdown)],
      list.map((s) => [escapeMarkdown(s.name), ...s.counts.map(String)])
    ),
    ""
  ] : [];
  const top = t.categories.slice(0, 6);
  return [
    "## Trends",
    "",
    ...top.length ? [
      barChart(
        `Categories: ${r.period.label} (bars) against the baseline (line)`,
        "Incidents",
        top.map((s) => s.name),
        top.map((s) => s.current),
        top.map((s) => s.baseline_avg)
      ),
      ""
    ] : [],
    ...block("Categories", t.categories),
    ...block("Services", t.services),
    ...block("Contributing factors", t.contributing_factors),
    t.grew.length ? `What grew: ${t.grew.map((g) => `${escapeMarkdown(g.name)} (${g.dimension.replace("_", " ")}: ${g.current} against ${formatNumber(g.baseline_avg)})`).join("; ")}.` : "_Nothing grew against its baseline._"
  ].join("\n");
}
function repeatsSection(r) {
  return [
    "## Repeats",
    "",
    `Novelty rate: **${formatShare(r.novelty_rate)}** of this period's incidents repeat no earlier one.`,
    "",
    r.repeats.length ? table(
      ["Incident", "Repeats", "How we know"],
      r.repeats.map((x) => [
        inlineCode(x.incident),
        inlineCode(x.repeat_of),
        x.inferred ? `inferred: ${escapeMarkdown(x.reason)}` : "explicit (`repeat_of`)"
      ])
    ) : "_No repeats in this period._",
    ...r.repeat_chains.some((c) => c.length > 2) ? [
      "",
      "Chains:",
      "",
      ...r.repeat_chains.filter((c) => c.length > 2).map((c) => `- ${c.map((id) => inlineCode(id)).join(" \u2192 ")}`)
    ] : []
  ].join("\n");
}
function recurringSection(r) {
  return [
    "## Recurring remediations",
    "",
    "Follow-ups that propose the same thing in different words, across incidents up to the end of this period.",
    "",
    ...r.recurring_follow_ups.length ? r.recurring_follow_ups.flatMap((t) => [
      `- **${escapeMarkdown(t.theme)}**: ${t.follow_ups.length} follow-ups in ${t.incidents.length} incidents, ${t.done} done. ${escapeMarkdown(t.question)}`
    ]) : ["_No remediation was proposed in more than one incident._"]
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
    ) : "_No incident commanders recorded._",
    "",
    `The two most frequent commanders led **${formatShare(p.top_two_share)}** of incidents.${p.concentrated.length ? ` More than a third each: ${p.concentrated.map(escapeMarkdown).join(", ")}.` : ""}`,
    ...p.without_commander ? ["", `_${p.without_commander} incident(s) record no incident commander._`] : [],
    ...p.responders.length ? [
      "",
      `Responders: ${p.responders.slice(0, 10).map((x) => `${escapeMarkdown(x.handle)} (${x.count})`).join(", ")}.`
    ] : []
  ].join("\n");
}
function reviewsSection(r) {
  const v = r.reviews;
  return [
    "## Review health",
    "",
    `Median time from resolution to review: **${v.median_days_to_review === null ? "\u2013" : `${formatNumber(v.median_days_to_review)} days`}** (${v.reviewed} of ${v.resolved} resolved incidents reviewed).`,
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
    ) : "_Every review was held on time._"
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
  const value = (unit, v) => unit === "minutes" ? formatMinutes(v) : unit === "share" ? formatShare(v) : formatNumber(v);
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
      )
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
function render(r, sections) {
  const head = [
    `# Batch review ${escapeMarkdown(r.period.label)}: ${r.period.from} to ${r.period.to}`,
    "",
    `${r.incidents.total} incident(s) in this period; baseline: ${r.period.baseline.map(escapeMarkdown).join(", ")}. Generated by incidents-as-code on ${r.generated_at.slice(0, 10)}.`
  ];
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
function measure(goal, incidents, span, context) {
  const selected = incidents.filter((i) => matches(goal, i));
  const round = (v) => v === null ? null : Math.round(v * 1e3) / 1e3;
  switch (goal.metric) {
    case "incident_count":
      if (!goal.per) return round(selected.length / span.count);
      return round(
        goal.per === span.kind ? selected.length / span.count : selected.length * PER_DAYS[goal.per] / span.days
      );
    case "time_to_detect":
    case "time_to_mitigate":
    case "time_to_resolve": {
      const minutes = selected.map((i) => phaseMinutes(i, goal.metric)).filter((m) => m !== void 0);
      return round(percentile(minutes, goal.stat === "p90" ? 90 : 50));
    }
    case "follow_up_completion": {
      const within2 = (goal.within ? parseDurationDays(goal.within) : 30) * DAY_MS;
      const items = selected.flatMap(
        (i) => i.followUps.map((f) => ({ i, f: withIssueState(f, context.issues?.get(f.key)) }))
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
      return selected.length ? round(selected.filter((i) => context.repeats.has(i.id)).length / selected.length) : null;
    default:
      return null;
  }
}
function trend(value, previous, target) {
  if (value === null || previous === null) return null;
  if (value === previous) return "same";
  const lowerIsBetter = target.op === "<=" || target.op === "<";
  return value < previous === lowerIsBetter ? "better" : "worse";
}
function evaluateGoals(goals, input, context) {
  const span = (periods) => ({
    kind: periods[0]?.kind ?? "custom",
    count: periods.length,
    days: periods.reduce((sum, p) => sum + (p.to - p.from) / DAY_MS, 0)
  });
  return goals.map((goal) => {
    const target = parseTarget(goal.target);
    const value = measure(goal, input.current, span([input.period]), context);
    const previous = measure(goal, input.previous, span([input.previousPeriod]), context);
    const baseline = input.baselinePeriods.length ? measure(goal, input.baseline, span(input.baselinePeriods), context) : null;
    return {
      name: goal.name,
      metric: goal.metric,
      unit: target.unit,
      value,
      target: goal.target,
      baseline,
      previous,
      met: value === null ? null : meets(value, target),
      trend: trend(value, previous, target)
    };
  });
}

// src/review/metrics/overview.ts
function counts(incidents, severities, periods = 1) {
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
    ...counts(current, severities),
    ids: current.map((i) => i.id),
    previous: counts(previous, severities),
    baseline: counts(baseline, severities, baselinePeriods)
  };
}

// src/review/metrics/people.ts
function ranked(counts2) {
  return [...counts2].map(([handle, count]) => ({ handle, count })).sort((a, b) => b.count - a.count || (a.handle < b.handle ? -1 : 1));
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
var utc = (year2, month0, day = 1) => Date.UTC(year2, month0, day);
function quarter(year2, q) {
  return { label: `${year2}-Q${q}`, kind: "quarter", from: utc(year2, (q - 1) * 3), to: utc(year2, q * 3) };
}
function month(year2, m) {
  return { label: `${year2}-${String(m).padStart(2, "0")}`, kind: "month", from: utc(year2, m - 1), to: utc(year2, m) };
}
function year(y) {
  return { label: String(y), kind: "year", from: utc(y, 0), to: utc(y + 1, 0) };
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
  if (Number.isNaN(ms))
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
  return custom(end - Number(m[1]) * DAY_MS, end);
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
function trailingPeriods(period, count) {
  const out = [];
  let p = period;
  for (let i = 0; i < count; i++) {
    p = previousPeriod(p);
    out.unshift(p);
  }
  return out;
}
function contains(period, ms) {
  return ms >= period.from && ms < period.to;
}

// src/review/recurring/concepts.ts
var TIER_ORDER = ["container", "practice", "behaviour"];
var words = (...alternatives) => new RegExp(`\\b(?:${alternatives.join("|")})\\b`);
var PAGE_AS_ALERT = "(?<!\\b(?:product|landing|status|web|home|error|detail|login|sign-in|checkout|search|results|help|front) )pag(?:e|es|ed|ing)";
var CONCEPTS = [
  { name: "runbooks", tier: "container", pattern: words("run-?books?", "play-?books?", "procedure docs?", "sops?") },
  { name: "dashboards", tier: "container", pattern: words("dashboards?", "grafana") },
  {
    name: "alerting",
    tier: "practice",
    pattern: words(
      "alert(?:s|ing|ed)?",
      PAGE_AS_ALERT,
      "pager(?:duty)?",
      "warn(?:s|ed|ing)?",
      "monitor(?:s|ed|ing)?",
      "notify the on-?call"
    )
  },
  { name: "synthetic checks", tier: "practice", pattern: words("synthetic", "real-browser") },
  {
    name: "canary deploys",
    tier: "practice",
    pattern: words("canar(?:y|ies)", "staged roll-?outs?", "progressive (?:delivery|roll-?outs?)", "blue-green")
  },
  {
    name: "load testing",
    tier: "practice",
    pattern: words("(?:load|stress|capacity|soak|performance)[- ]test(?:s|ing|ed)?", "capacity plan(?:s|ning)?")
  },
  {
    name: "drills and game days",
    tier: "practice",
    pattern: words("drills?", "game-? ?days?", "chaos (?:tests?|testing|experiments?|engineering)")
  },
  {
    name: "autoscaling",
    tier: "practice",
    pattern: words("auto-?scal(?:e|es|ed|ing|er|ers)", "hpa", "horizontal pod autoscalers?")
  },
  {
    name: "connection pooling",
    tier: "practice",
    pattern: words("pgbouncer", "connection pool(?:s|ing|er|ers)?", "poolers?", "pooling")
  },
  // Plural "flags" is the noun; singular "flag" is usually the verb ("flag new queries").
  {
    name: "feature flags",
    tier: "practice",
    pattern: words("feature[- ]flags?", "flags", "flag (?:service|sdk|values?|defaults?)", "kill[- ]switch(?:es)?")
  },
  {
    name: "fallbacks",
    tier: "practice",
    pattern: words(
      "fall(?:s|ing)? back",
      "fallbacks?",
      "serve-stale(?:-on-error)?",
      "stale-while-revalidate",
      "graceful(?:ly)? degrad(?:e|ation)"
    )
  },
  { name: "circuit breakers", tier: "practice", pattern: words("circuit[- ]breakers?", "bulkheads?") },
  {
    name: "rate limiting",
    tier: "practice",
    pattern: words("rate[- ]limit(?:s|ing|er|ers|ed)?", "throttl(?:e|es|ed|ing)", "load[- ]shedding")
  },
  {
    name: "certificate expiry",
    tier: "practice",
    pattern: words("certificates?", "certs?", "cert-manager", "m?tls", "ssl", "acme", "expir(?:y|ies|es|ed|ing|ation)")
  },
  {
    name: "idempotency",
    tier: "practice",
    pattern: words("idempoten(?:t|cy)", "dedup(?:e|ed|licate|licates|lication)?", "deduplicat(?:e|es|ed|ion)")
  },
  { name: "reconciliation", tier: "practice", pattern: words("reconcil(?:e|es|ed|iation|iations)") },
  {
    name: "postmortem process",
    tier: "practice",
    pattern: words("post-?mortems?", "incident reviews?", "retrospectives?")
  },
  { name: "retries and backoff", tier: "behaviour", pattern: words("retr(?:y|ies|ying|ied)", "back-?off") },
  { name: "timeouts", tier: "behaviour", pattern: words("time-?outs?") },
  { name: "rollbacks", tier: "behaviour", pattern: words("roll(?:ing)?-? ?backs?") }
];
function primaryConcept(title) {
  const text = title.toLowerCase();
  for (const tier of TIER_ORDER) {
    let best;
    for (const concept of CONCEPTS) {
      if (concept.tier !== tier) continue;
      const index = text.search(concept.pattern);
      if (index >= 0 && (!best || index < best.index)) best = { name: concept.name, index };
    }
    if (best) return best.name;
  }
  return void 0;
}

// src/review/recurring/tokens.ts
var GENERIC = new Set(
  `a an the and or nor but of to in on at by for from with without into onto over under than then when whenever while
  before after during until once twice per via as so if is are be been being it its this that these those there their
  them they we our us you your which who whom what how why where not no only also both either each every all any some
  more less most least much many few other same own new old instead about above below between across against around
  up down out off back again always never still just very really whole full
  add create make improve ensure update set setup use run move keep put get give take turn let have has had do does
  done stop start allow require introduce implement build write fix change remove raise increase reduce lower switch
  enable disable consider investigate evaluate review check look try ask follow need needs should must can could will
  would may might automatic automatically automated permanent permanently properly better clear clearly
  one two three four five six seven eight nine ten first second third half double
  time times second seconds minute minutes hour hours day days week weeks month months quarter year years
  percent ms`.split(/\s+/)
);
function stem(word) {
  let w = word;
  if (w.length > 4 && w.endsWith("ies")) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith("s") && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith("ing")) w = w.slice(0, -3);
  else if (w.length > 5 && w.endsWith("ed")) w = w.slice(0, -2);
  if (/([b-df-hj-km-np-tv-z])\1$/.test(w) && !/(?:ll|ss|zz)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith("e")) w = w.slice(0, -1);
  return w;
}
function ignoredStems(words2) {
  return new Set(
    words2.flatMap((w) => w.toLowerCase().split(/[^a-z0-9]+/)).filter((w) => w.length > 0).map(stem)
  );
}
function contentWordReader(ignored) {
  const judged = /* @__PURE__ */ new Map();
  const ids = /* @__PURE__ */ new Map();
  const judge = (surface) => {
    if (surface.length < 2 || /\d/.test(surface) || GENERIC.has(surface)) return null;
    const s = stem(surface);
    if (GENERIC.has(s) || ignored.has(s)) return null;
    let id = ids.get(s);
    if (id === void 0) ids.set(s, id = ids.size);
    return { stem: s, id, surface };
  };
  return (title) => {
    const out = [];
    for (const surface of title.toLowerCase().split(/[^a-z0-9]+/)) {
      let word = judged.get(surface);
      if (word === void 0) judged.set(surface, word = judge(surface));
      if (word) out.push(word);
    }
    return out;
  };
}

// src/review/recurring/pairs.ts
var PHRASE_SPAN = 2;
var MAX_WORDS = 16;
var byText = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function incidentCounter(entries, incidentCount) {
  const lastSeen = new Int32Array(incidentCount).fill(-1);
  let call = 0;
  return (members) => {
    call++;
    let count = 0;
    for (const m of members) {
      const incident = entries[m].incident;
      if (lastSeen[incident] !== call) {
        lastSeen[incident] = call;
        count++;
      }
    }
    return count;
  };
}
var STEM_LIMIT = 2 ** 24;
function nearbyPairs(words2) {
  const pairs = /* @__PURE__ */ new Map();
  for (let i = 0; i < words2.length; i++) {
    for (let j = i + 1; j <= i + PHRASE_SPAN && j < words2.length; j++) {
      const a = words2[i];
      const b = words2[j];
      if (a.id !== b.id) pairs.set(Math.min(a.id, b.id) * STEM_LIMIT + Math.max(a.id, b.id), [a, b]);
    }
  }
  return pairs;
}
function nameOf(key, members) {
  const pair = key.split(" ");
  const [first] = [...members].sort((a, b) => byText(a.item.key, b.item.key));
  const words2 = first.words;
  const shared = (stem2) => members.every((m) => m.words.some((w) => w.stem === stem2));
  let best = [0, 0];
  for (let i = 0; i < words2.length; i++) {
    for (let j = i + 1; j <= i + PHRASE_SPAN && j < words2.length; j++) {
      const found = [words2[i].stem, words2[j].stem].sort();
      if (found[0] === pair[0] && found[1] === pair[1]) best = [i, j];
    }
    if (best[1] > 0) break;
  }
  let [from, to] = best;
  while (from > 0 && shared(words2[from - 1].stem)) from--;
  while (to < words2.length - 1 && shared(words2[to + 1].stem)) to++;
  return words2.slice(from, to + 1).filter((w, k) => k + from === best[0] || k + from === best[1] || shared(w.stem)).map((w) => w.surface).join(" ");
}
function pairGroups(items, ignored, minIncidents) {
  const read = contentWordReader(ignored);
  const incidentIndex = /* @__PURE__ */ new Map();
  const entries = items.map((item) => {
    let incident = incidentIndex.get(item.incidentId);
    if (incident === void 0) incidentIndex.set(item.incidentId, incident = incidentIndex.size);
    return { item, words: read(item.title).slice(0, MAX_WORDS), incident };
  });
  const byPair = /* @__PURE__ */ new Map();
  entries.forEach((entry, index) => {
    for (const [id, [a, b]] of nearbyPairs(entry.words)) {
      const candidate = byPair.get(id);
      if (candidate) candidate.members.push(index);
      else
        byPair.set(id, {
          key: a.stem < b.stem ? `${a.stem} ${b.stem}` : `${b.stem} ${a.stem}`,
          members: [index],
          incidents: 0
        });
    }
  });
  const countIncidents = incidentCounter(entries, incidentIndex.size);
  const candidates2 = [...byPair.values()].filter((c) => c.members.length >= minIncidents);
  for (const c of candidates2) c.incidents = countIncidents(c.members);
  candidates2.sort((a, b) => b.incidents - a.incidents || b.members.length - a.members.length || byText(a.key, b.key));
  const claimed = new Uint8Array(entries.length);
  const groups = [];
  for (const c of candidates2) {
    if (c.incidents < minIncidents) break;
    const free = c.members.filter((m) => claimed[m] === 0);
    if (countIncidents(free) < minIncidents) continue;
    for (const m of free) claimed[m] = 1;
    const members = free.map((m) => entries[m]);
    groups.push({ name: nameOf(c.key, members), members: members.map((m) => m.item) });
  }
  return groups;
}

// src/review/recurring/group.ts
var byText2 = (a, b) => a < b ? -1 : a > b ? 1 : 0;
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
function themeQuestion(incidents, followUps, done) {
  const proposed = followUps === incidents ? `Proposed in ${plural(incidents, "incident")}` : `Proposed ${followUps} times in ${plural(incidents, "incident")}`;
  const doneIn = followUps === incidents ? `done in ${done}` : `done ${done} of ${followUps}`;
  if (done === 0) return `${proposed}, never done: is this remediation worth doing?`;
  if (done === followUps) return `${proposed}, done every time, yet it keeps coming back: does it address the cause?`;
  if (done * 3 >= followUps * 2) return `${proposed}, ${doneIn}, yet it keeps coming back: does it address the cause?`;
  return `${proposed}, ${doneIn}: is this remediation working?`;
}
function toTheme(theme, members) {
  const incidents = [...new Set(members.map((m) => m.incidentId))].sort(byText2);
  const followUps = members.map((m) => m.key).sort(byText2);
  const done = members.filter((m) => m.done).length;
  return { theme, incidents, followUps, done, question: themeQuestion(incidents.length, followUps.length, done) };
}
function distinctItems(items) {
  const byKey = /* @__PURE__ */ new Map();
  for (const f of items) {
    const key = `${f.incidentId}/${f.followUpId}`;
    const seen = byKey.get(key);
    if (!seen || f.done && !seen.done || f.done === seen.done && f.title < seen.title)
      byKey.set(key, { key, incidentId: f.incidentId, title: f.title, done: f.done });
  }
  return [...byKey.values()];
}
function recurringRemediations(items, options = {}) {
  const minIncidents = Math.max(1, options.minIncidents ?? 2);
  const byConcept = /* @__PURE__ */ new Map();
  const unknown = [];
  const conceptOf = /* @__PURE__ */ new Map();
  for (const item of distinctItems(items)) {
    let concept = conceptOf.get(item.title);
    if (concept === void 0 && !conceptOf.has(item.title)) {
      concept = primaryConcept(item.title);
      conceptOf.set(item.title, concept);
    }
    if (concept === void 0) {
      unknown.push(item);
      continue;
    }
    const members = byConcept.get(concept);
    if (members) members.push(item);
    else byConcept.set(concept, [item]);
  }
  const { involving } = options;
  const wanted = (members) => !involving || members.some((m) => involving.has(m.incidentId));
  const themes = [...byConcept].filter(([, members]) => wanted(members)).map(([concept, members]) => toTheme(concept, members));
  for (const group of pairGroups(unknown, ignoredStems(options.ignoreWords ?? []), minIncidents))
    if (wanted(group.members)) themes.push(toTheme(group.name, group.members));
  return themes.filter((t) => t.incidents.length >= minIncidents).sort(
    (a, b) => b.incidents.length - a.incidents.length || byText2(a.theme, b.theme) || byText2(a.followUps[0] ?? "", b.followUps[0] ?? "")
  );
}

// src/review/metrics/repeats.ts
var INFERRED_REPEAT_WINDOW_DAYS = 180;
function indexBySignature(all) {
  const index = /* @__PURE__ */ new Map();
  for (const incident of [...all].sort((a, b) => a.started - b.started)) {
    for (const service of new Set(incident.services)) {
      for (const category of new Set(incident.factorCategories)) {
        const key = `${service}\0${category}`;
        const list = index.get(key);
        if (list) list.push({ id: incident.id, started: incident.started });
        else index.set(key, [{ id: incident.id, started: incident.started }]);
      }
    }
  }
  return index;
}
function latestBefore(list, started, id) {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = low + high >> 1;
    if (list[mid].started < started) low = mid + 1;
    else high = mid;
  }
  for (let i = low - 1; i >= 0; i--) if (list[i].id !== id) return list[i];
  return void 0;
}
function inferred(incident, index) {
  let best;
  for (const service of new Set(incident.services)) {
    for (const category of new Set(incident.factorCategories)) {
      const seen = latestBefore(index.get(`${service}\0${category}`) ?? [], incident.started, incident.id);
      if (!seen || incident.started - seen.started > INFERRED_REPEAT_WINDOW_DAYS * DAY_MS) continue;
      if (!best || seen.started > best.seen.started) best = { seen, service, category };
    }
  }
  if (!best) return void 0;
  const days = Math.round((incident.started - best.seen.started) / DAY_MS);
  return {
    incident: incident.id,
    repeat_of: best.seen.id,
    inferred: true,
    reason: `same service '${best.service}' and contributing factor '${best.category}' as ${best.seen.id}, ${days} days earlier`
  };
}
function repeatFinder(all) {
  const index = indexBySignature(all);
  return {
    all,
    repeatOf: (incident) => incident.repeatOf !== void 0 ? {
      incident: incident.id,
      repeat_of: incident.repeatOf,
      inferred: false,
      reason: "repeat_of in the incident file"
    } : inferred(incident, index)
  };
}
function repeatedIncidents(incidents, finder) {
  return new Set(incidents.filter((i) => finder.repeatOf(i) !== void 0).map((i) => i.id));
}
function repeats(period, { all, repeatOf }) {
  const list = [...period].sort((a, b) => a.started - b.started).flatMap((i) => repeatOf(i) ?? []);
  const byId = new Map(all.map((i) => [i.id, i]));
  const repeatedAgain = new Set(list.map((r) => r.repeat_of));
  const chains = [];
  for (const repeat of list) {
    if (repeatedAgain.has(repeat.incident)) continue;
    const chain = [repeat.incident];
    let link = repeat;
    while (link && !chain.includes(link.repeat_of) && chain.length < 50) {
      chain.unshift(link.repeat_of);
      const earlier = byId.get(link.repeat_of);
      link = earlier ? repeatOf(earlier) : void 0;
    }
    chains.push(chain);
  }
  return { list, chains, novelty_rate: share(period.length - list.length, period.length) };
}

// src/review/metrics/review-health.ts
function reviewHealth(incidents, config, now) {
  const pastDeadline = [];
  const daysToReview = [];
  const resolved = incidents.filter((i) => i.resolved !== void 0);
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
    resolved: resolved.length
  };
}

// src/review/themes.ts
var MIN_THEMES = 3;
var MAX_THEMES = 5;
function goalValue(unit, value) {
  return unit === "minutes" ? formatMinutes(value) : unit === "share" ? formatShare(value) : formatNumber(value);
}
function candidates(r) {
  const out = [];
  const total = r.incidents.total;
  const base = r.incidents.baseline.total;
  if (base > 0 && total >= base * 1.25 && total - base >= 2)
    out.push({
      score: 2 + total / base,
      text: `Incidents rose to ${total} this period against a baseline of ${formatNumber(base)} per period. What changed, and where?`
    });
  if (base > 0 && total <= base * 0.75 && base - total >= 2)
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
  if (r.repeats.length >= 2) {
    const longest = [...r.repeat_chains].sort((a, b) => b.length - a.length)[0];
    out.push({
      score: 2 + r.repeats.length / 2,
      text: `${r.repeats.length} of ${total} incidents repeated an earlier failure (novelty rate ${formatShare(r.novelty_rate)})${longest && longest.length > 2 ? `; the longest chain is ${longest.join(" \u2192 ")}` : ""}. Why did the earlier follow-ups not prevent them?`
    });
  }
  for (const handle of r.responders.concentrated.slice(0, 1)) {
    const load = r.responders.incident_commanders.find((c) => c.handle === handle);
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
  const counts2 = /* @__PURE__ */ new Map();
  periods.forEach((period, p) => {
    for (const incident of incidents) {
      if (!contains(period, incident.started)) continue;
      for (const key of new Set(keys(incident))) {
        const row = counts2.get(key) ?? periods.map(() => 0);
        row[p]++;
        counts2.set(key, row);
      }
    }
  });
  return [...counts2].map(([name, row]) => {
    const base = row.slice(0, -1);
    return {
      name,
      counts: row,
      current: row[row.length - 1],
      baseline_avg: base.length ? Math.round(base.reduce((a, b) => a + b, 0) / base.length * 100) / 100 : 0
    };
  }).sort(
    (a, b) => b.current - a.current || b.counts.reduce((x, y) => x + y, 0) - a.counts.reduce((x, y) => x + y, 0) || (a.name < b.name ? -1 : 1)
  );
}
function trends(periods, incidents) {
  const dimensions = {
    categories: series(periods, incidents, (i) => i.categories),
    services: series(periods, incidents, (i) => i.services),
    contributing_factors: series(periods, incidents, (i) => i.factorCategories)
  };
  const grew = Object.entries(dimensions).flatMap(
    ([dimension, list]) => list.filter((s) => s.current >= 2 && s.current > s.baseline_avg).map((s) => ({ dimension, name: s.name, current: s.current, baseline_avg: s.baseline_avg }))
  ).sort((a, b) => b.current - b.baseline_avg - (a.current - a.baseline_avg) || (a.name < b.name ? -1 : 1)).slice(0, 5);
  return {
    periods: periods.map((p) => p.label),
    incidents: periods.map((p) => incidents.filter((i) => contains(p, i.started)).length),
    categories: dimensions.categories.slice(0, TREND_TOP),
    services: dimensions.services.slice(0, TREND_TOP),
    contributing_factors: dimensions.contributing_factors.slice(0, TREND_TOP),
    grew
  };
}

// src/review/build.ts
var BASELINE_PERIODS = 4;
function recurring(history, inPeriod, ignoreWords, issueStates2) {
  const items = history.flatMap(
    (i) => i.followUps.map((f) => ({
      incidentId: i.id,
      followUpId: f.id,
      title: f.title,
      done: withIssueState(f, issueStates2?.get(f.key)).status === "done"
    }))
  );
  return recurringRemediations(items, { ignoreWords, involving: inPeriod }).map((theme) => ({
    theme: theme.theme,
    incidents: theme.incidents,
    follow_ups: theme.followUps,
    done: theme.done,
    question: theme.question
  }));
}
var within = (period, incidents) => incidents.filter((i) => contains(period, i.started));
function buildReview({ incidents, config, period, now, issueStates: issueStates2 }) {
  const severities = config.severities.map((s) => s.id);
  const previous = previousPeriod(period);
  const baselinePeriods = trailingPeriods(period, BASELINE_PERIODS);
  const current = within(period, incidents).sort((a, b) => a.started - b.started);
  const previousIncidents = within(previous, incidents);
  const baseline = incidents.filter((i) => i.started >= baselinePeriods[0].from && i.started < period.from);
  const finder = repeatFinder(incidents);
  const repeatsFound = repeats(current, finder);
  const allRepeats = repeatedIncidents(
    incidents.filter((i) => i.started < period.to && i.started >= baselinePeriods[0].from),
    finder
  );
  const ignoreWords = [...config.services.map((s) => s.id), ...config.categories.map((c) => c.id)].flatMap(
    (id) => id.split("-")
  );
  const parts = {
    period: {
      label: period.label,
      from: isoDay(period.from),
      to: isoDay(period.to - DAY_MS),
      previous: previous.label,
      baseline: baselinePeriods.map((p) => p.label)
    },
    generated_at: now.toISOString(),
    incidents: overview(current, previousIncidents, baseline, BASELINE_PERIODS, severities),
    durations: durations(current, severities),
    detection: detection(current),
    trends: trends([...baselinePeriods, period], incidents),
    repeats: repeatsFound.list,
    repeat_chains: repeatsFound.chains,
    novelty_rate: repeatsFound.novelty_rate,
    recurring_follow_ups: recurring(
      incidents.filter((i) => i.started < period.to),
      new Set(current.map((i) => i.id)),
      ignoreWords,
      issueStates2
    ),
    follow_ups: followUpHealth(current, now, issueStates2),
    responders: responders(current),
    reviews: reviewHealth(current, config, now),
    goals: evaluateGoals(
      config.goals,
      { period, current, previousPeriod: previous, previous: previousIncidents, baselinePeriods, baseline },
      { repeats: allRepeats, issues: issueStates2 }
    )
  };
  return { ...parts, themes: discussionThemes(parts) };
}

// src/app/batch-review.ts
function choosePeriod(choice, now, incidents) {
  const given = [
    choice.period !== void 0,
    choice.from !== void 0 || choice.to !== void 0,
    choice.last !== void 0
  ].filter(Boolean).length;
  if (given > 1) throw new UsageError("choose one of --period, --from/--to and --last");
  if (choice.period !== void 0) return parsePeriod(choice.period);
  if (choice.from !== void 0 || choice.to !== void 0) {
    if (choice.from === void 0 || choice.to === void 0) throw new UsageError("--from and --to go together");
    return periodBetween(choice.from, choice.to);
  }
  if (choice.last !== void 0) return lastDays(choice.last, now);
  const quarter2 = lastFullQuarter(now);
  if (incidents.some((i) => i.started >= quarter2.from && i.started < quarter2.to)) return quarter2;
  const earlier = incidents.filter((i) => i.started < quarter2.from).sort((a, b) => b.started - a.started)[0];
  return earlier ? quarterOf(earlier.started) : quarter2;
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
  const period = choosePeriod(options, options.now, incidents);
  const states = await issueStates(options);
  const report = buildReview({
    incidents,
    config,
    period,
    now: options.now,
    ...states ? { issueStates: states } : {}
  });
  return { report, config, period, skipped };
}

// src/review/render/json.ts
function renderReviewJson(report) {
  return `${JSON.stringify(report, null, 2)}
`;
}

// src/cli/review.ts
async function reviewCommand(flags, io) {
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
  if (skipped.length)
    io.writeErr(
      `note: ${skipped.length} incident file(s) with errors are left out of the review: ${skipped.join(", ")}
`
    );
  const text = flags.format === "json" ? renderReviewJson(report) : renderReviewMarkdown(report);
  if (flags.out) {
    writeFileAtomic(path.resolve(io.cwd, flags.out), text);
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
