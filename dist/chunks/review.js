import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);
import "./declare+review.js";
import {
  PHASES,
  collectReviewFacts,
  contains,
  formatMinutes,
  formatMinutesExact,
  formatNumber,
  formatShare,
  lastDays,
  lastFullQuarter,
  parsePeriod,
  periodBetween,
  quarterOf,
  recurringFollowUps,
  recurringRequest,
  recurringTask,
  reviewWithoutRecurring,
  withRecurring
} from "./review+worker.js";
import {
  syncFollowUps
} from "./review+sync.js";
import "./declare+review+sync.js";
import "./program+review+sync.js";
import "./declare+review+sync+validate+worker.js";
import "./declare+explain+review+sync+validate+worker.js";
import "./declare+explain+import+review+sync+validate+worker.js";
import {
  renderMarkdownForTerminal
} from "./review+status.js";
import "./import+review+status.js";
import {
  readableFormat
} from "./program+review+status.js";
import {
  useColor
} from "./review+status+validate.js";
import "./program+review+status+validate.js";
import {
  escapeMarkdown,
  inlineCode
} from "./declare+review+status+sync.js";
import "./program+review+status+sync.js";
import {
  PARALLEL_MIN_FILES,
  answerOnSecondThread
} from "./review+status+sync+validate+worker.js";
import "./declare+review+status+sync+validate+worker.js";
import "./declare+explain+review+status+sync+validate+worker.js";
import "./declare+import+review+status+sync+validate+worker.js";
import "./init+review+sync.js";
import "./declare+init+review+sync.js";
import "./declare+init+program+review+sync.js";
import "./init+program+review+status+sync+validate+worker.js";
import {
  checkPlace,
  writeFileAtomic
} from "./import+new+review+status+sync+validate+worker.js";
import {
  loadConfig
} from "./declare+import+new+review+status+sync+validate+worker.js";
import "./declare+explain+import+new+review+status+sync+validate+worker.js";
import "./declare+import+new+program+review+status+sync+validate+worker.js";
import {
  listSome
} from "./declare+explain+import+new+program+review+status+sync+validate+worker.js";
import "./declare+explain+init+new+review+sync+validate+worker.js";
import "./declare+explain+import+init+new+review+sync+validate+worker.js";
import "./declare+import+init+new+program+review+status.js";
import {
  EXIT_OK
} from "./declare+explain+import+init+new+program+review+status+sync+validate.js";
import "./declare+import+init+new+review+status+sync+validate+worker.js";
import "./declare+explain+import+init+new+review+status+sync+validate+worker.js";
import {
  UsageError
} from "./declare+explain+import+init+new+program+review+status+sync+validate+worker.js";
import "./declare+explain+import+init+new+program+review+status+stream+sync+validate+worker.js";

// src/cli/review.ts
import path from "node:path";

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
  const trend = { better: "\u2197 better", worse: "\u2198 worse", same: "\u2192 same" };
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
          g.trend ? trend[g.trend] : "\u2013"
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
  const quarter = lastFullQuarter(now);
  if (has(quarter)) return { period: quarter };
  if (!latest)
    return {
      period: quarter,
      note: `No incidents are recorded yet, so there is nothing to review. Record one with \`incidents new\`; this review then covers the latest quarter with incidents.`
    };
  const current = latest.to > now.getTime();
  return {
    period: latest,
    note: `${quarter.label}, the last full quarter, has no incidents: this review covers ${latest.label}, the latest quarter with incidents${current ? ", which is not over yet" : ""}.`
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
  const input = {
    incidents,
    config,
    period,
    now: options.now,
    ...note ? { note } : {},
    ...states ? { issueStates: states } : {}
  };
  const request = recurringRequest(input);
  const here = () => recurringFollowUps(request);
  const recurring = options.workerEntry && incidents.length >= PARALLEL_MIN_FILES ? answerOnSecondThread(options.workerEntry, recurringTask(request), here) : void 0;
  const parts = reviewWithoutRecurring(input);
  const report = withRecurring(parts, recurring ? await recurring : here());
  return { report, config, period, skipped };
}

// src/review/render/json.ts
var THEME_EXAMPLES = 10;
function renderReviewJson(report, options = {}) {
  const cut2 = (list) => options.allMembers ? list : list.slice(0, THEME_EXAMPLES);
  const recurring = report.recurring_follow_ups.map(({ theme, incidents, follow_ups, ...rest }) => ({
    theme,
    incident_count: incidents.length,
    follow_up_count: follow_ups.length,
    incidents: cut2(incidents),
    follow_ups: cut2(follow_ups),
    ...rest
  }));
  return `${JSON.stringify({ ...report, recurring_follow_ups: recurring }, null, 2)}
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
