import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);
import {
  FileExistsError,
  writeFileAtomic
} from "./import+new+review+status+sync+validate+worker.js";
import {
  displayPath,
  loadConfig
} from "./declare+import+new+review+status+sync+validate+worker.js";
import "./declare+explain+import+new+review+status+sync+validate+worker.js";
import "./declare+import+new+program+review+status+sync+validate+worker.js";
import "./declare+explain+import+new+program+review+status+sync+validate+worker.js";
import {
  esm_default,
  esm_default2,
  esm_default3
} from "./init+new.js";
import {
  UNKNOWN_TIME,
  checkCommander,
  checkDetected,
  checkService,
  checkServices,
  checkSeverity,
  checkStarted,
  checkTitle,
  renderIncident
} from "./declare+init+new.js";
import {
  incidentId
} from "./declare+import+init+new.js";
import "./declare+explain+init+new+review+sync+validate+worker.js";
import "./declare+explain+import+init+new+review+sync+validate+worker.js";
import {
  TIME_FORMS
} from "./declare+import+init+new+program+review+status.js";
import {
  EXIT_FINDINGS,
  EXIT_OK,
  EXIT_USAGE
} from "./declare+explain+import+init+new+program+review+status+sync+validate.js";
import "./declare+import+init+new+review+status+sync+validate+worker.js";
import "./declare+explain+import+init+new+review+status+sync+validate+worker.js";
import "./declare+explain+import+init+new+program+review+status+sync+validate+worker.js";
import "./declare+explain+import+init+new+program+review+status+stream+sync+validate+worker.js";

// src/cli/new.ts
import { existsSync } from "node:fs";
import path from "node:path";

// src/scaffold/next-steps.ts
function renderNextSteps(file, incident) {
  const sections = incident.severity.reviewSections;
  const fillNow = ["the Summary", "how it was noticed (detection.method)"];
  if (!incident.commander) fillNow.push("who coordinates (roles.incident_commander)");
  if (incident.services.length === 0) fillNow.push("the services affected");
  return [
    `\u2714 Created ${file}`,
    ...incident.detected ? [] : [
      "detected_at is left out: nobody said when impact was detected, and time to detect cannot be measured without it.",
      "Add it when you know (the first alert, or when someone noticed)."
    ],
    "",
    "Next:",
    `  1. Open it and fill in ${fillNow.join(", ")}; the <!-- comments --> say what goes where.`,
    `  2. Check it:  npx incidents validate ${file}`,
    "  3. Commit it and open a pull request, so everyone follows the same record.",
    "",
    "As the incident moves on, change status: and add",
    "  mitigated  when user impact stops: mitigated_at",
    "  resolved   when the cause is fixed: resolved_at",
    `  reviewed   after the review meeting: review.date, follow_ups (or no_follow_ups_reason)${sections.length ? `, and the ${incident.severity.id} sections with content: ${sections.join(", ")}` : ""}`,
    ""
  ].join("\n");
}

// src/cli/new-prompts.ts
var PromptCancelled = class extends Error {
  name = "PromptCancelled";
};
var DONE = "\0done";
function reasonOf(check) {
  return check.ok ? true : check.reason;
}
function valueOf(check) {
  if (!check.ok) throw new Error(`an answer that passed its check failed it again: ${check.reason}`);
  return check.value;
}
async function askChecked(message, check, defaultAnswer) {
  const answer = await esm_default({ message, default: defaultAnswer, validate: (value) => reasonOf(check(value)) });
  return valueOf(check(answer));
}
function describeService(service) {
  const parts = [
    service.owner && `owner ${service.owner}`,
    service.tier !== void 0 && `tier ${service.tier}`
  ].filter(Boolean);
  return parts.length ? parts.join(", ") : void 0;
}
function serviceChoices(catalog, picked, term) {
  const wanted = (term ?? "").trim().toLowerCase();
  const matches = catalog.filter(
    (s) => !picked.includes(s.id) && (s.id.toLowerCase().includes(wanted) || (s.owner ?? "").toLowerCase().includes(wanted))
  ).sort((a, b) => Number(!a.id.toLowerCase().startsWith(wanted)) - Number(!b.id.toLowerCase().startsWith(wanted))).map((s) => ({ value: s.id, name: s.id, description: describeService(s) }));
  const done = { value: DONE, name: picked.length ? `done: ${picked.join(", ")}` : "skip: not sure yet" };
  const none = wanted && matches.length === 0 ? [
    {
      value: "",
      name: `no service matches '${wanted}' (add it to services: in the config, or pick another)`,
      disabled: true
    }
  ] : [];
  return picked.length && !wanted ? [done, ...matches] : [...matches, ...none, done];
}
async function askSeverity(config) {
  const id = await esm_default3({
    message: "Severity (\u2191\u2193 to choose, Enter to confirm):",
    choices: config.severities.map((s) => ({ value: s.id, name: `${s.id}  ${s.description}`, short: s.id }))
  });
  return valueOf(checkSeverity(id, config));
}
async function askServices(config) {
  if (config.services.length === 0) {
    const answer = await esm_default({ message: "Services affected (comma-separated; Enter to skip):" });
    return [
      ...new Set(
        answer.split(",").map((s) => s.trim()).filter(Boolean)
      )
    ];
  }
  const picked = [];
  for (; ; ) {
    const message = picked.length ? 'Another service? (type to search; Enter on "done" to go on)' : "Which service is affected? (type to search, Enter to pick)";
    const choice = await esm_default2({ message, source: (term) => serviceChoices(config.services, picked, term) });
    if (choice === DONE) return picked;
    picked.push(valueOf(checkService(choice, config)));
  }
}
async function ask({ config, now, timeZone, known, askDetected }) {
  const title = known.title ?? await askChecked('Title: what are users experiencing? (like "Checkout failing for EU customers")', checkTitle);
  const severity = known.severity ?? await askSeverity(config);
  const started = known.started ?? await askChecked(
    `When did impact start? (${TIME_FORMS})`,
    (answer) => checkStarted(answer, now, timeZone),
    "now"
  );
  const detected = askDetected ? await askChecked(
    `When was it detected: the first alert, or when someone noticed? (${TIME_FORMS.replace(/^write /, "")}, or ${UNKNOWN_TIME})`,
    (answer) => checkDetected(answer, started, now, timeZone),
    "now"
  ) : void 0;
  const services = known.services ?? await askServices(config);
  const commander = known.commander ?? await askChecked("Incident commander: who coordinates? (GitHub handle, like @alice)", checkCommander);
  return { title, severity, started, services, commander, detected };
}
var terminalPrompts = {
  available: () => Boolean(process.stdin.isTTY),
  async ask(options) {
    try {
      return await ask(options);
    } catch (error) {
      if (error instanceof Error && error.name === "ExitPromptError")
        throw new PromptCancelled("cancelled at a prompt", { cause: error });
      throw error;
    }
  }
};

// src/cli/new.ts
var REQUIRED = [
  ["title", "--title"],
  ["severity", "--severity"],
  ["started", "--started"]
];
function readFlags(flags, config, now, timeZone) {
  const known = {};
  const problems = [];
  const take = (flag, value, check) => {
    if (value === void 0) return void 0;
    const checked = check(value);
    if (checked.ok) return checked.value;
    problems.push(`${flag}: ${checked.reason}`);
    return void 0;
  };
  known.title = take("--title", flags.title, checkTitle);
  known.severity = take("--severity", flags.severity, (value) => checkSeverity(value, config));
  known.started = take("--started", flags.started, (value) => checkStarted(value, now, timeZone));
  if (flags.service)
    known.services = take("--service", flags.service.join(","), (value) => checkServices([value], config));
  known.commander = take("--commander", flags.commander, checkCommander);
  return { known, problems };
}
function complete(known) {
  const { title, severity, started } = known;
  if (title === void 0 || severity === void 0 || started === void 0) return void 0;
  return { title, severity, started, services: known.services ?? [], commander: known.commander };
}
async function newCommand(flags, io, prompts = terminalPrompts) {
  const { config } = loadConfig(io.cwd, flags.config);
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const { known, problems } = readFlags(flags, config, io.now, timeZone);
  if (problems.length) {
    for (const problem of problems) io.writeErr(`incidents new: ${problem}
`);
    return EXIT_USAGE;
  }
  let incident = complete(known);
  const interactive = !flags.yes && io.stdoutIsTty && prompts.available();
  if (interactive) {
    try {
      incident = await prompts.ask({ config, now: io.now, timeZone, known, askDetected: flags.detected === void 0 });
    } catch (error) {
      if (!(error instanceof PromptCancelled)) throw error;
      io.writeErr("incidents new: cancelled; nothing was written\n");
      return EXIT_FINDINGS;
    }
  }
  if (!incident) {
    const missing = REQUIRED.filter(([key]) => known[key] === void 0).map(([, flag]) => flag);
    const why = flags.yes ? "with --yes nothing is asked" : "not on a terminal, so nothing can be asked";
    io.writeErr(`incidents new: missing ${missing.join(", ")} (${why})
`);
    io.writeErr(
      `  like: incidents new --title "Checkout failing for EU customers" --severity ${config.severities[0]?.id ?? "SEV1"} --started "30m ago" --commander @alice
`
    );
    return EXIT_USAGE;
  }
  if (flags.detected !== void 0) {
    const detected = checkDetected(flags.detected, incident.started, io.now, timeZone);
    if (!detected.ok) {
      io.writeErr(`incidents new: --detected: ${detected.reason}
`);
      return EXIT_USAGE;
    }
    incident = { ...incident, detected: detected.value };
  }
  const id = flags.id ?? incidentId(incident.started, incident.title);
  if (!config.idPattern.test(id)) {
    io.writeErr(
      `incidents new: the id '${id}' does not match id_pattern ${config.idPattern.source}${config.source ? ` in ${config.source}` : ""}
  fix: give one that does with --id
`
    );
    return EXIT_USAGE;
  }
  const absolute = path.resolve(
    io.cwd,
    flags.dir ?? config.incidentsDir,
    incident.started.text.slice(0, 4),
    `${id}.md`
  );
  const file = displayPath(io.cwd, absolute);
  const exists = () => {
    io.writeErr(
      `incidents new: ${file} already exists; nothing was written
  fix: open it to update that incident, or choose another --title or --id for a new one
`
    );
    return EXIT_FINDINGS;
  };
  if (existsSync(absolute)) return exists();
  try {
    writeFileAtomic(absolute, renderIncident(id, incident, io.now), {
      createFolders: true,
      exclusive: true,
      shown: file
    });
  } catch (error) {
    if (error instanceof FileExistsError) return exists();
    throw error;
  }
  io.writeOut(renderNextSteps(file, incident));
  return EXIT_OK;
}
export {
  newCommand
};
