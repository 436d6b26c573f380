import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);
import {
  sectionKey
} from "./declare+explain+init+new+review+sync+validate+worker.js";
import {
  formatZoned,
  parseStartTime
} from "./declare+import+init+new+program+review+status.js";
import {
  yaml
} from "./declare+import+init+new+review+status+sync+validate+worker.js";
import {
  didYouMean,
  listOf
} from "./declare+explain+import+init+new+review+status+sync+validate+worker.js";
import {
  visible
} from "./declare+explain+import+init+new+program+review+status+sync+validate+worker.js";

// src/scaffold/answers.ts
var HANDLE = /^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9._-]+)?$/;
function quoted(value) {
  return `'${visible(value)}'`;
}
function checkTitle(input) {
  const title = input.trim().replace(/\s+/g, " ");
  if (!title)
    return {
      ok: false,
      reason: "the title cannot be empty: say what users experience, like 'Checkout failing for EU customers'"
    };
  return { ok: true, value: title };
}
function checkSeverity(input, config) {
  const ids = config.severities.map((s) => s.id);
  const match = config.severities.find((s) => s.id.toLowerCase() === input.trim().toLowerCase());
  if (match) return { ok: true, value: match };
  const guess = didYouMean(input.trim(), ids);
  return {
    ok: false,
    reason: `severity must be one of ${listOf(ids)} (got ${quoted(input)})${guess ? `; did you mean ${guess}?` : ""}`
  };
}
function checkStarted(input, now, timeZone) {
  const parsed = parseStartTime(input, now, timeZone);
  return parsed.ok ? { ok: true, value: parsed.time } : parsed;
}
var UNKNOWN_TIME = "unknown";
function checkDetected(input, started, now, timeZone) {
  if (input.trim().toLowerCase() === UNKNOWN_TIME) return { ok: true, value: void 0 };
  const parsed = parseStartTime(input, now, timeZone);
  if (!parsed.ok)
    return {
      ok: false,
      reason: `${parsed.reason.replace(/impact must already have started/, "it must already have been detected")}, or ${UNKNOWN_TIME}`
    };
  if (parsed.time.ms < started.ms)
    return {
      ok: false,
      reason: `${parsed.time.text} is before impact started (${started.text}): detection comes at or after the start`
    };
  return { ok: true, value: parsed.time };
}
function checkService(input, config) {
  const service = input.trim();
  const catalog = config.services.map((s) => s.id);
  if (!service) return { ok: false, reason: "a service name cannot be empty" };
  if (catalog.length === 0 || catalog.includes(service)) return { ok: true, value: service };
  const guess = didYouMean(service, catalog);
  const source = config.source ?? ".incidents.yml";
  return {
    ok: false,
    reason: `unknown service ${quoted(service)}: ${guess ? `did you mean '${guess}'?` : `it is not in the service catalog in ${source}`}`
  };
}
function checkServices(inputs, config) {
  const services = [];
  for (const name of inputs.flatMap((value) => value.split(",")).filter((value) => value.trim())) {
    const checked = checkService(name, config);
    if (!checked.ok) return checked;
    if (!services.includes(checked.value)) services.push(checked.value);
  }
  return { ok: true, value: services };
}
function checkCommander(input) {
  const trimmed = input.trim();
  const handle = trimmed.startsWith("@") ? trimmed : `@${trimmed}`;
  if (HANDLE.test(handle)) return { ok: true, value: handle };
  return {
    ok: false,
    reason: `the incident commander must be a GitHub handle like @alice or @org/team (got ${quoted(input)})`
  };
}

// src/scaffold/template.ts
var SECTION_PROMPTS = {
  summary: "What is happening, in two or three sentences someone joining now would understand. Keep it current.",
  impact: "Who cannot do what, since when; numbers where you have them (orders failed, customers affected).",
  timeline: "Key moments as they happen: what was seen, decided and done, with times. Add lines as you go.",
  contributingfactors: "What made this possible or worse. There is rarely one root cause: list each factor.",
  whatwentwell: "What helped: alerts that fired, runbooks that worked, people who stepped in.",
  whatwentwrong: "What slowed the response or made the impact worse.",
  wherewegotlucky: "What kept this from being worse that we cannot count on next time.",
  followups: "Work that makes a repeat less likely or less bad; add each one under follow_ups: in the frontmatter so it is filed as an issue."
};
function sectionPrompt(section2, severity) {
  return SECTION_PROMPTS[sectionKey(section2)] ?? `What your team expects under '${section2}' (${severity} reviews need it).`;
}
function yamlValue(value) {
  return yaml.dump(value, { schema: yaml.CORE_SCHEMA, flowLevel: 0, lineWidth: -1, quotingType: '"' }).trimEnd();
}
function detectedAt(started, now) {
  const nowMinute = Math.floor(now.getTime() / 6e4) * 6e4;
  return formatZoned(Math.max(started.ms, nowMinute), started.offsetMinutes);
}
function zoneName(time) {
  return time.text.endsWith("Z") ? "UTC" : `UTC${time.text.slice(19)}`;
}
function timelineTime(time, reference) {
  const sameDay = time.text.slice(0, 10) === reference.text.slice(0, 10);
  return sameDay ? time.text.slice(11, 16) : `${time.text.slice(0, 10)} ${time.text.slice(11, 16)}`;
}
function frontmatter(id, incident) {
  const lines = [
    `id: ${yamlValue(id)}`,
    `title: ${yamlValue(incident.title)}`,
    "status: investigating",
    `severity: ${yamlValue(incident.severity.id)}`,
    `started_at: ${incident.started.text}`,
    ...incident.detected ? [`detected_at: ${incident.detected.text}`] : [
      "# When was it detected (the first alert fired, or someone noticed)? Time to detect cannot be measured without it:",
      "# detected_at: YYYY-MM-DDTHH:MM:SSZ"
    ],
    "# How was it noticed? method: alert | customer | employee | automated-test | other",
    "# detection:",
    "#   method: alert",
    "#   alert: name-of-the-alert",
    incident.services.length ? `services: ${yamlValue(incident.services)}` : "# services: [name-of-the-service]"
  ];
  const otherRoles = ['communications: "@who-keeps-people-informed"', 'responders: ["@someone", "@someone-else"]'];
  if (incident.commander)
    lines.push(
      "roles:",
      `  incident_commander: ${JSON.stringify(incident.commander)}`,
      ...otherRoles.map((l) => `  # ${l}`)
    );
  else lines.push("# roles:", '#   incident_commander: "@who-coordinates"', ...otherRoles.map((l) => `#   ${l}`));
  lines.push(
    "# impact:",
    "#   summary: Who cannot do what, since when, with numbers where known.",
    "# When user impact stops: add mitigated_at (with a time zone) and set status: mitigated.",
    "# When the cause is fixed: add resolved_at and set status: resolved."
  );
  return lines;
}
var BLOCK_START = /^( {0,3})(#{1,6}(?=[ \t]|$)|=+[ \t]*$|-+[ \t]*$|`{3,}|~{3,}|<)/;
function summaryText(summary) {
  return summary.trim().split(/\r\n?|\n/).map((line) => line.replace(BLOCK_START, "$1\\$2")).join("\n");
}
function section(name, index, incident, now) {
  const lines = [`${index === 0 ? "#" : "##"} ${name}`, "", `<!-- ${sectionPrompt(name, incident.severity.id)} -->`];
  if (sectionKey(name) === "summary" && incident.summary?.trim()) lines.push("", summaryText(incident.summary));
  if (sectionKey(name) === "timeline") {
    lines.push(
      "",
      `All times ${zoneName(incident.started)}.`,
      "",
      `- ${timelineTime(incident.started, incident.started)} Impact starts.`
    );
    const detected = incident.detected;
    if (detected && detected.ms > incident.started.ms) {
      const opened = detected.ms === Math.floor(now.getTime() / 6e4) * 6e4;
      lines.push(`- ${timelineTime(detected, incident.started)} Noticed${opened ? "; incident record opened" : ""}.`);
    }
  }
  return [...lines, ""];
}
function renderIncident(id, incident, now) {
  const body = incident.severity.reviewSections.flatMap((name, index) => section(name, index, incident, now));
  return `${["---", ...frontmatter(id, incident), "---", ...body].join("\n").trimEnd()}
`;
}

export {
  checkTitle,
  checkSeverity,
  checkStarted,
  UNKNOWN_TIME,
  checkDetected,
  checkService,
  checkServices,
  checkCommander,
  detectedAt,
  renderIncident
};
