import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);
import {
  CROSS_FILE_RULES,
  PER_FILE_DATA_RULES,
  indexById
} from "./declare+review+sync+validate+worker.js";
import {
  loadIncidents,
  serveClaimedShare
} from "./review+status+sync+validate+worker.js";
import {
  loadConfig,
  parseDurationDays
} from "./declare+import+new+review+status+sync+validate+worker.js";
import {
  DAY_MS,
  parseDay,
  parseTarget,
  parseTimestamp,
  schemaFindings
} from "./declare+explain+import+new+review+status+sync+validate+worker.js";
import {
  DEFAULT_REVIEW_WITHIN_DAYS
} from "./declare+explain+import+init+new+review+status+sync+validate+worker.js";
import {
  UsageError
} from "./declare+explain+import+init+new+program+review+status+sync+validate+worker.js";

// src/review/facts.ts
var str = (v) => typeof v === "string" ? v : void 0;
var strs = (v) => Array.isArray(v) ? v.filter((x) => typeof x === "string") : [];
var obj = (v) => v && typeof v === "object" && !Array.isArray(v) ? v : {};
function followUp(incidentId, raw) {
  const status = raw.status === "done" || raw.status === "not-planned" ? raw.status : "open";
  return {
    key: `${incidentId}/${String(raw.id)}`,
    id: String(raw.id),
    title: String(raw.title ?? ""),
    status,
    due: parseDay(str(raw.due)),
    closedAt: parseDay(str(raw.closed_at))
  };
}
function incidentFacts(document) {
  const d = document.data;
  const id = str(d.id);
  const exactStart = parseTimestamp(str(d.started_at));
  const started = exactStart ?? parseDay(str(d.started_at));
  if (id === void 0 || started === void 0) return void 0;
  const roles = obj(d.roles);
  return {
    id,
    title: str(d.title) ?? id,
    file: document.file,
    status: str(d.status) ?? "investigating",
    severity: str(d.severity) ?? "unknown",
    nearMiss: d.near_miss === true,
    started,
    startedExact: exactStart !== void 0,
    historical: d.historical === true,
    detected: parseTimestamp(str(d.detected_at)),
    mitigated: parseTimestamp(str(d.mitigated_at)),
    resolved: parseTimestamp(str(d.resolved_at)),
    detection: str(obj(d.detection).method),
    alert: str(obj(d.detection).alert),
    tags: strs(d.tags),
    factorText: (Array.isArray(d.contributing_factors) ? d.contributing_factors : []).map((f) => str(obj(f).description) ?? "").join(" ").slice(0, 2e3),
    mitigationAutomated: obj(d.mitigation).automated === true,
    services: strs(d.services),
    categories: strs(d.categories),
    factorCategories: (Array.isArray(d.contributing_factors) ? d.contributing_factors : []).map((f) => str(obj(f).category)).filter((c) => c !== void 0),
    commander: str(roles.incident_commander),
    responders: strs(roles.responders),
    repeatOf: str(d.repeat_of),
    followUps: (Array.isArray(d.follow_ups) ? d.follow_ups : []).map((f) => followUp(id, obj(f))),
    reviewDate: parseDay(str(obj(d.review).date))
  };
}
var shared = /* @__PURE__ */ new Map();
var MAX_SHARED = 5e4;
function share(text) {
  let copy = shared.get(text);
  if (copy === void 0) {
    copy = structuredClone(text);
    if (shared.size < MAX_SHARED) shared.set(copy, copy);
  }
  return copy;
}
var shareAll = (texts) => texts.map(share);
var copyOf = (text) => structuredClone(text);
var asIs = (text) => text;
function kept(facts, copy) {
  return {
    ...facts,
    id: copy(facts.id),
    title: copy(facts.title),
    file: copy(facts.file),
    status: share(facts.status),
    severity: share(facts.severity),
    detection: facts.detection === void 0 ? void 0 : share(facts.detection),
    alert: facts.alert === void 0 ? void 0 : share(facts.alert),
    tags: shareAll(facts.tags),
    // One factor's description is the file's own string, not a copy, whatever join and slice make of it.
    factorText: copy(facts.factorText),
    services: shareAll(facts.services),
    categories: shareAll(facts.categories),
    factorCategories: shareAll(facts.factorCategories),
    commander: facts.commander === void 0 ? void 0 : share(facts.commander),
    responders: shareAll(facts.responders),
    repeatOf: facts.repeatOf === void 0 ? void 0 : copy(facts.repeatOf),
    followUps: facts.followUps.map((f) => ({ ...f, key: copy(f.key), id: share(f.id), title: copy(f.title) }))
  };
}
var keptFacts = (facts) => kept(facts, copyOf);
var adoptedFacts = (facts) => kept(facts, asIs);

// src/review/read-facts.ts
var NO_POSITIONS = { key: () => ({ line: 1, column: 1 }), value: () => ({ line: 1, column: 1 }) };
var NO_INCIDENTS = /* @__PURE__ */ new Map();
var hasErrors = (findings) => findings.some((finding) => finding.severity === "error");
function factsOfEachFile(config, now) {
  const context2 = { config, now, incidentsById: NO_INCIDENTS };
  return {
    visit: (read) => {
      const document = { ...read, locate: NO_POSITIONS };
      const sound = !hasErrors(schemaFindings(document, "incident")) && !PER_FILE_DATA_RULES.some((rule) => hasErrors(rule(document, context2)));
      return sound && incidentFacts(document) || null;
    },
    extent: "frontmatter",
    incidentsOnly: true,
    detach: (facts) => facts && keptFacts(facts),
    adopt: (facts) => facts && adoptedFacts(facts)
  };
}
function reviewClaimedFiles(work, post) {
  const { config } = loadConfig(work.cwd, work.configPath);
  serveClaimedShare(work, config, factsOfEachFile(config, new Date(work.now)), post);
}
async function collectReviewFacts(input) {
  const { config, now } = input;
  const task = {
    task: "review-facts",
    cwd: input.cwd,
    configPath: input.configPath,
    now: now.toISOString()
  };
  const set = await loadIncidents(
    input.cwd,
    config,
    { whole: true },
    {
      ...factsOfEachFile(config, now),
      thread: input.workerEntry && { entry: input.workerEntry, task }
    }
  );
  const context2 = { config, now, incidentsById: indexById(set.allIncidents), hints: false };
  const crossFileErrors = /* @__PURE__ */ new Set();
  for (const record of set.checked) {
    const document = {
      ...record,
      kind: "incident",
      body: "",
      bodyLine: 1,
      frontmatterLine: 1,
      locate: NO_POSITIONS
    };
    if (CROSS_FILE_RULES.some((rule) => hasErrors(rule(document, context2))))
      crossFileErrors.add(record.file);
  }
  const incidents = [];
  const skipped = [...set.unread];
  for (const target of set.targets) {
    if (target.result && !crossFileErrors.has(target.file)) incidents.push(target.result);
    else skipped.push(target.file);
  }
  return { incidents, skipped: skipped.sort() };
}

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
function share2(part, whole) {
  return whole === 0 ? null : Math.round(part / whole * 1e3) / 1e3;
}
function countBy(items, keys) {
  const counts3 = /* @__PURE__ */ new Map();
  for (const item of items) for (const key of new Set(keys(item))) counts3.set(key, (counts3.get(key) ?? 0) + 1);
  return counts3;
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
  for (const [method, count] of Object.entries(byMethod)) shares[method] = share2(count, known);
  return { known, unknown, by_method: byMethod, shares };
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

// src/review/metrics/follow-up-health.ts
function withIssueState(followUp2, issue) {
  if (!issue || issue.state === "not-filed") return followUp2;
  if (issue.state === "open") return { ...followUp2, status: "open", closedAt: void 0 };
  const closedAt = followUp2.status !== "open" && followUp2.closedAt !== void 0 ? followUp2.closedAt : issue.closedAt ? Date.parse(issue.closedAt) : void 0;
  return {
    ...followUp2,
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
    previous: previous ? counts(previous, severities) : null,
    baseline: baselinePeriods ? counts(baseline, severities, baselinePeriods) : null
  };
}

// src/review/metrics/people.ts
function ranked(counts3) {
  return [...counts3].map(([handle, count]) => ({ handle, count })).sort((a, b) => b.count - a.count || (a.handle < b.handle ? -1 : 1));
}
function responders(incidents) {
  const led = incidents.filter((i) => i.commander !== void 0);
  const commanders = ranked(countBy(led, (i) => [i.commander]));
  const topTwo = (commanders[0]?.count ?? 0) + (commanders[1]?.count ?? 0);
  return {
    incident_commanders: commanders,
    responders: ranked(countBy(incidents, (i) => i.responders)),
    top_two_share: share2(topTwo, led.length),
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
function parseDay2(text, name) {
  const ms = /^\d{4}-\d{2}-\d{2}$/.test(text) ? Date.parse(`${text}T00:00:00Z`) : NaN;
  if (Number.isNaN(ms) || isoDay(ms) !== text)
    throw new UsageError(`Invalid value for '${name}': must be a date like 2026-01-31 (got '${text}')`);
  return ms;
}
function periodBetween(from, to) {
  const start = parseDay2(from, "--from");
  const end = parseDay2(to, "--to") + DAY_MS;
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
function documentFrequencies(termLists) {
  const df = /* @__PURE__ */ new Map();
  for (const list of termLists) for (const t of new Set(list)) df.set(t, (df.get(t) ?? 0) + 1);
  return df;
}
function tfIdfVectors(termLists, df = documentFrequencies(termLists)) {
  const vocabulary = [...df.keys()].sort();
  const rank = new Map(vocabulary.map((t, r) => [t, r]));
  const frequency = Int32Array.from(vocabulary, (t) => df.get(t));
  const n = termLists.length;
  const offsets = new Int32Array(n + 1);
  const ranks = [];
  const weights = [];
  const norms = new Float64Array(n);
  termLists.forEach((list, i) => {
    const tf = /* @__PURE__ */ new Map();
    for (const t of list) {
      const r = rank.get(t);
      tf.set(r, (tf.get(r) ?? 0) + 1);
    }
    let sum = 0;
    for (const r of [...tf.keys()].sort((a, b) => a - b)) {
      const weight = (1 + Math.log(tf.get(r))) * Math.log(1 + n / frequency[r]);
      ranks.push(r);
      weights.push(weight);
      sum += weight * weight;
    }
    norms[i] = Math.sqrt(sum);
    offsets[i + 1] = ranks.length;
  });
  return { offsets, ranks: Int32Array.from(ranks), weights: Float64Array.from(weights), norms };
}
function cosine({ offsets, ranks, weights, norms }, a, b) {
  if (!norms[a] || !norms[b]) return 0;
  let i = offsets[a];
  let j = offsets[b];
  const endA = offsets[a + 1];
  const endB = offsets[b + 1];
  let dot = 0;
  while (i < endA && j < endB) {
    const x = ranks[i];
    const y = ranks[j];
    if (x === y) dot += weights[i++] * weights[j++];
    else if (x < y) i++;
    else j++;
  }
  return dot / (norms[a] * norms[b]);
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
  const vs = tfIdfVectors(termLists, df);
  const ok = (a, b) => compatible(features[a], features[b]) && allowed(a, b);
  const edges = [];
  const specific = (t) => df.get(t) <= specificCap && !t.startsWith("~") && !PRACTICES.has(t);
  for (const [a, b] of candidatePairs(termLists, specific).values()) {
    const sim = cosine(vs, a, b);
    if (sim >= threshold && ok(a, b)) edges.push({ a, b, sim });
  }
  edges.sort((x, y) => y.sim - x.sim || x.a - y.a || x.b - y.b);
  const groupOf = Int32Array.from(features, (_, i) => i);
  const members = /* @__PURE__ */ new Map();
  for (const { a, b } of edges) {
    const ga = groupOf[a];
    const gb = groupOf[b];
    if (ga === gb) continue;
    const A = members.get(ga) ?? [ga];
    const B = members.get(gb) ?? [gb];
    if (A.length + B.length > maxSize) continue;
    let total = 0;
    let fits = true;
    for (const x of A) {
      for (const y of B) {
        if (!ok(x, y)) fits = false;
        total += cosine(vs, x, y);
      }
      if (!fits) break;
    }
    if (!fits || total / (A.length * B.length) < threshold) continue;
    for (const y of B) groupOf[y] = ga;
    A.push(...B);
    members.set(ga, A);
    members.delete(gb);
  }
  return [...members.entries()].sort(([x], [y]) => x - y).map(([, g]) => g.sort((x, y) => x - y));
}

// src/review/recurring/normalize.ts
var MARKUP = /[[<*_`~#-]|https?:|todo|fixme|tbd/i;
function plainTitle(title) {
  if (!MARKUP.test(title)) return title;
  return title.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/<[^>]*>/g, " ").replace(/\bhttps?:\/\/\S+/gi, " ").replace(/^\s*(?:[-*+]\s+)?\[[ xX]\]\s*/, "").replace(/^\s*\*\*\s*[^*\s]+(?:\s+[^*\s]+){0,2}\s*:\s*\*\*\s*:?/, " ").replace(/^\s*\*\*\s*[^*\s]+(?:\s+[^*\s]+){0,2}\s*\*\*\s*:/, " ").replace(/^\s*(?:todo|fixme|tbd)\b\s*:?/i, " ").replace(/\b[A-Z][A-Z0-9]{1,9}-\d+\b/g, " ").replace(/(^|\s)#\d+\b/g, " ").replace(/[*_`~]/g, " ");
}
function words(title) {
  return plainTitle(title).replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 0 && !/^\d+$/.test(w));
}

// src/review/recurring/features.ts
var ANY_PHRASE = new RegExp(PHRASES.map(([pattern]) => `(?:${pattern.source})`).join("|"));
var NO_PRACTICES = /* @__PURE__ */ new Set();
function featureReader(stem, names) {
  const phrases = names.map(
    (n) => n.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean).join(" ")
  ).filter((n) => n.length > 1).sort((a, b) => b.length - a.length);
  const namePattern = phrases.length ? new RegExp(`\\b(?:${phrases.map((p) => p.replace(/ /g, " ")).join("|")})\\b`, "g") : void 0;
  const synonyms = /* @__PURE__ */ new Map();
  for (const [word, term] of Object.entries(SYNONYMS)) {
    synonyms.set(word, term);
    if (!synonyms.has(stem(word))) synonyms.set(stem(word), term);
  }
  const directionOf = (word) => Object.hasOwn(POLARITY, word) ? POLARITY[word] : void 0;
  const judge = (word) => {
    const stemmed = stem(word);
    let term;
    if (STOP_WORDS.has(word) || word.length < 2) term = null;
    else term = synonyms.get(word) ?? (STOP_WORDS.has(stemmed) ? null : synonyms.get(stemmed) ?? stemmed);
    const direction = directionOf(word) ?? directionOf(stemmed) ?? (term ? directionOf(term) : void 0);
    return { term, direction, practice: term !== null && PRACTICES.has(term) };
  };
  const judged = /* @__PURE__ */ new Map();
  return (title) => {
    let text = words(title).join(" ");
    if (namePattern) text = text.replace(namePattern, " ");
    if (STATUS_NOTE.test(text.trim())) return { terms: [], polarity: void 0, practices: NO_PRACTICES, surface: [] };
    if (ANY_PHRASE.test(text)) for (const [pattern, replacement] of PHRASES) text = text.replace(pattern, replacement);
    const terms = [];
    const surface = [];
    let polarity;
    let practices;
    let firstTerm;
    let position = -1;
    for (const word of text.trim().split(/ +/)) {
      if (!word) continue;
      position++;
      let judgement = judged.get(word);
      if (judgement === void 0) judged.set(word, judgement = judge(word));
      const { term, direction, practice } = judgement;
      if (position < ACTION_WINDOW) polarity ??= direction;
      if (practice) (practices ??= /* @__PURE__ */ new Set()).add(term);
      if (term) firstTerm ??= term;
      if (!term || direction && !practice) continue;
      terms.push(term);
      surface.push(word);
    }
    if (!polarity && terms.length && PRACTICES.has(terms[0]) && terms[0] === firstTerm) polarity = "up";
    return { terms, polarity, practices: practices ?? NO_PRACTICES, surface };
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
  return (title) => {
    const text = ` ${words(title).join(" ")} `;
    return wanted.some((p) => text.includes(p));
  };
}
function nameOf(features) {
  const [first] = features;
  const practices = [...first.practices].filter((p) => features.every((f) => f.practices.has(p)));
  const counts3 = /* @__PURE__ */ new Map();
  for (const f of features) for (const t of new Set(f.terms)) counts3.set(t, (counts3.get(t) ?? 0) + 1);
  const shared2 = (need) => [...new Set(first.terms)].filter((t) => (counts3.get(t) ?? 0) >= need && !practices.includes(t));
  let objects = shared2(features.length);
  if (!objects.length) objects = shared2(Math.ceil(features.length / 2));
  const kind = practices.map((p) => PRACTICE_NAMES[p] ?? p)[0];
  const written = (t) => first.surface[first.terms.indexOf(t)] ?? t;
  const object = objects.filter((t) => !kind?.includes(written(t))).slice(0, 3).map(written).join(" ");
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
  const points = [];
  const pointOf = /* @__PURE__ */ new Map();
  const membersOf = [];
  const pointOfTitle = /* @__PURE__ */ new Map();
  for (const item of free) {
    let point = pointOfTitle.get(item.title);
    if (point === void 0) {
      const f = read(item.title);
      const key = f.terms.length ? `${f.terms.join(" ")}|${f.polarity ?? ""}|${[...f.practices].sort().join(" ")}` : void 0;
      point = key === void 0 ? void 0 : pointOf.get(key);
      if (point === void 0) {
        point = points.push(f) - 1;
        membersOf.push([]);
        if (key !== void 0) pointOf.set(key, point);
      }
      if (key !== void 0) pointOfTitle.set(item.title, point);
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
var counts2 = (k) => `${k} of`;
var IntLists = class {
  /** List i is values[offsets[i]] up to values[offsets[i + 1]]: walked by index, so reading one allocates nothing. */
  offsets;
  values;
  constructor(lists) {
    this.offsets = new Int32Array(lists.length + 1);
    let total = 0;
    lists.forEach((list, i) => {
      total += list.length;
      this.offsets[i + 1] = total;
    });
    this.values = new Int32Array(total);
    lists.forEach((list, i) => this.values.set(list, this.offsets[i]));
  }
  /** List i as an array, to put into words. */
  list(i) {
    return Array.from(this.values.subarray(this.offsets[i], this.offsets[i + 1]));
  }
  has(i, value) {
    for (let k = this.offsets[i]; k < this.offsets[i + 1]; k++) if (this.values[k] === value) return true;
    return false;
  }
};
function context(all, windowDays, names) {
  const table = [];
  const codes = /* @__PURE__ */ new Map();
  const code = (name) => {
    let c = codes.get(name);
    if (c === void 0) codes.set(name, c = table.push(name) - 1);
    return c;
  };
  const services = all.map((i) => i.services.map(code));
  const distinctServices = services.map((list) => [...new Set(list)]);
  const factors = all.map((i) => [...new Set(i.factorCategories)].map(code));
  const tags = all.map((i) => [...new Set(i.tags)].map(code));
  const factorCount = new Int32Array(table.length);
  const tagCount = new Int32Array(table.length);
  for (const list of factors) for (const f of list) factorCount[f]++;
  for (const list of tags) for (const t of list) tagCount[t]++;
  const specific = (count) => (c) => count[c] <= all.length * GENERIC_SHARE;
  const order = all.map((_, i) => i).sort((a, b) => all[a].started - all[b].started);
  const byService = /* @__PURE__ */ new Map();
  for (const i of order)
    for (const service of distinctServices[i]) {
      let history = byService.get(service);
      if (!history) byService.set(service, history = { incidents: [], started: [] });
      history.incidents.push(i);
      history.started.push(all[i].started);
    }
  const read = featureReader(stemmer, names);
  return {
    all,
    position: new Map(all.map((incident, i) => [incident, i])),
    windowDays,
    byService,
    names: table,
    alert: Int32Array.from(all, (i) => i.alert === void 0 ? -1 : code(i.alert)),
    idCode: Int32Array.from(all, (i) => code(i.id)),
    services: new IntLists(services),
    distinctServices: new IntLists(distinctServices),
    factors: new IntLists(factors),
    tags: new IntLists(tags),
    linkingFactors: new IntLists(factors.map((list) => list.filter(specific(factorCount)))),
    linkingTags: new IntLists(tags.map((list) => list.filter(specific(tagCount)))),
    factorCount,
    tagCount,
    vectors: tfIdfVectors(all.map((incident) => read(`${incident.title} ${incident.factorText}`).terms)),
    seen: new Int32Array(all.length),
    asked: 0
  };
}
var sharedTag = (i, e, t, c) => c.tags.has(e, t) && !(c.services.has(i, t) && c.services.has(e, t));
var MOST_ALIKE_POINTS = 2;
function evidence(i, e, c, items, needed = 0) {
  let points = 0;
  if (items) {
    const shared2 = c.services.list(i).filter((s) => c.services.has(e, s));
    items.push(`same service ${shared2.map((s) => `'${c.names[s]}'`).join(", ")}`);
  }
  const alert = c.alert[i];
  if (alert >= 0 && alert === c.alert[e]) {
    points += 2;
    items?.push(`same alert '${c.names[alert]}'`);
  }
  const { linkingFactors: factors, linkingTags: tags } = c;
  let sharesFactor = false;
  for (let k = factors.offsets[i]; k < factors.offsets[i + 1]; k++) {
    const f = factors.values[k];
    if (!c.factors.has(e, f)) continue;
    sharesFactor = true;
    if (!items) break;
    items.push(`contributing factor '${c.names[f]}' (in ${counts2(c.factorCount[f])} ${c.all.length} incidents)`);
  }
  if (sharesFactor) points += 1;
  let sharesTag = false;
  const tagNames = items && [];
  for (let k = tags.offsets[i]; k < tags.offsets[i + 1]; k++) {
    const t = tags.values[k];
    if (!sharedTag(i, e, t, c)) continue;
    sharesTag = true;
    if (!tagNames) break;
    tagNames.push(`'${c.names[t]}'`);
  }
  if (sharesTag) {
    points += 1;
    if (tagNames) items?.push(`tags ${tagNames.join(", ")}`);
  }
  if (points + MOST_ALIKE_POINTS < needed) return points;
  const similarity = cosine(c.vectors, i, e);
  if (similarity >= ALIKE) {
    points += similarity >= STRONGLY_ALIKE ? 2 : 1;
    items?.push(`titles and factors alike (${similarity.toFixed(2)})`);
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
  const i = c.position.get(incident);
  let best;
  const asked = ++c.asked;
  const window = c.windowDays * DAY_MS;
  for (const service of c.distinctServices.list(i)) {
    const history = c.byService.get(service);
    if (!history) continue;
    let looked = 0;
    for (let k = countBefore(history.started, incident.started) - 1; k >= 0 && looked < MAX_CANDIDATES; k--) {
      const e = history.incidents[k];
      if (c.idCode[e] === c.idCode[i]) continue;
      const started = history.started[k];
      if (incident.started - started > window) break;
      looked++;
      if (c.seen[e] === asked) continue;
      c.seen[e] = asked;
      const needed = !best ? 1 : started > best.started ? best.points : best.points + 1;
      const points = evidence(i, e, c, void 0, needed);
      if (points >= needed) best = { earlier: e, points, started };
    }
  }
  if (!best) return void 0;
  const items = [];
  evidence(i, best.earlier, c, items);
  const earlier = c.all[best.earlier];
  const days = Math.round((incident.started - earlier.started) / DAY_MS);
  const strength = best.points >= STRONG ? "strong" : "weak";
  return {
    incident: incident.id,
    repeat_of: earlier.id,
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
  return { list, chains, novelty_rate: share2(period.length - strong.length, period.length) };
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
  const counts3 = /* @__PURE__ */ new Map();
  periods.forEach((period, p) => {
    for (const incident of incidents) {
      if (!contains(period, incident.started)) continue;
      for (const key of new Set(keys(incident))) {
        const row = counts3.get(key) ?? periods.map(() => 0);
        row[p]++;
        counts3.set(key, row);
      }
    }
  });
  return [...counts3].map(([name, row]) => {
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
function recurringRequest({ incidents, config, period, issueStates }) {
  const history = incidents.filter((i) => i.started < period.to);
  const incidentOf = [];
  const followUpIds = [];
  const titles = [];
  const done = [];
  history.forEach((incident, index) => {
    for (const f of incident.followUps) {
      incidentOf.push(index);
      followUpIds.push(f.id);
      titles.push(f.title);
      done.push(withIssueState(f, issueStates?.get(f.key)).status === "done" ? 1 : 0);
    }
  });
  return {
    incidentIds: history.map((i) => i.id),
    incidentOf: Int32Array.from(incidentOf),
    followUpIds,
    titles,
    done: Uint8Array.from(done),
    ignoreWords: namesOf(config),
    involving: incidents.filter((i) => contains(period, i.started)).map((i) => i.id),
    pinned: config.review.themes,
    separate: config.review.separate
  };
}
var recurringTask = (request) => ({ task: "review-recurring", request });
function recurringFollowUps(request) {
  const items = request.titles.map((title, k) => ({
    incidentId: request.incidentIds[request.incidentOf[k]],
    followUpId: request.followUpIds[k],
    title,
    done: request.done[k] === 1
  }));
  return recurringRemediations(items, {
    ignoreWords: request.ignoreWords,
    involving: new Set(request.involving),
    pinned: request.pinned,
    separate: request.separate
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
function reviewWithoutRecurring({
  incidents,
  config,
  period,
  now,
  issueStates,
  note
}) {
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
  return {
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
    recurring_follow_ups: [],
    follow_ups: followUpHealth(current, now, issueStates),
    responders: responders(current),
    reviews: reviewHealth(current, config, now),
    missing_fields: missing,
    goals: evaluateGoals(
      config.goals,
      { period, current, previousPeriod: previous, previous: previousIncidents, baselinePeriods, baseline },
      { repeats: allRepeats, issues: issueStates }
    )
  };
}
function withRecurring(parts, recurring) {
  const complete = { ...parts, recurring_follow_ups: recurring };
  return { ...complete, themes: discussionThemes(complete) };
}

export {
  reviewClaimedFiles,
  collectReviewFacts,
  PHASES,
  parsePeriod,
  periodBetween,
  lastDays,
  quarterOf,
  lastFullQuarter,
  contains,
  formatMinutes,
  formatShare,
  formatNumber,
  formatMinutesExact,
  recurringRequest,
  recurringTask,
  recurringFollowUps,
  reviewWithoutRecurring,
  withRecurring
};
