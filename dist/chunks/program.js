import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);
import {
  renderText
} from "./program+validate.js";
import {
  MASS_FILING_LIMIT
} from "./program+review+sync.js";
import {
  Command,
  CommanderError,
  IMPORT_FORMATS,
  Option,
  REVIEW_FORMATS,
  STATUS_FORMATS,
  SYNC_FORMATS,
  VALIDATE_FORMATS,
  collectValues,
  newOptions
} from "./program+review+status.js";
import "./program+review+status+validate.js";
import {
  DEFAULT_MAX_OPERATIONS
} from "./program+review+status+sync.js";
import {
  redactSecrets
} from "./declare+init+program+review+sync.js";
import {
  package_default
} from "./init+program+review+status+sync+validate+worker.js";
import {
  countBySeverity
} from "./declare+import+new+program+review+status+sync+validate+worker.js";
import "./declare+explain+import+new+program+review+status+sync+validate+worker.js";
import "./declare+import+init+new+program+review+status.js";
import {
  EXIT_FINDINGS,
  EXIT_USAGE
} from "./declare+explain+import+init+new+program+review+status+sync+validate.js";
import {
  ConfigError,
  PublishError,
  UsageError
} from "./declare+explain+import+init+new+program+review+status+sync+validate+worker.js";
import "./declare+explain+import+init+new+program+review+status+stream+sync+validate+worker.js";

// src/cli/program.ts
function buildProgram(io, setExit) {
  const program = new Command("incidents").description("Incident records as code: validate incident files, file follow-ups, review in bulk.").version(package_default.version, "-V, --version", "print the version").exitOverride().configureOutput({ writeOut: io.writeOut, writeErr: io.writeErr }).showHelpAfterError("(run incidents --help for usage)");
  program.command("validate").description("check incident files; exit 1 when there are errors").argument(
    "[paths...]",
    "incident files or folders (default: the incidents folder from the config); '-' reads one incident from standard input"
  ).addOption(new Option("-f, --format <format>", "output format").choices(VALIDATE_FORMATS).default("text")).option("-c, --config <file>", "config file (default: .incidents.yml)").option("--no-color", "never colour the output").option(
    "--changed-since <ref>",
    "check only the incident files changed since this git ref or sha (its merge base with HEAD), and references into them"
  ).option(
    "--stdin-name <file>",
    "with '-': the file the text on standard input stands for (its name, kind and place)"
  ).action(
    async (paths, flags) => setExit(await (await import("./validate.js")).validateCommand(paths, flags, io))
  );
  program.command("sync").description("file one GitHub issue per follow-up and keep them in step with the files (needs GITHUB_TOKEN)").option("-n, --dry-run", "print the plan; write nothing").addOption(new Option("-f, --format <format>", "output format").choices(SYNC_FORMATS).default("text")).option(
    "-r, --repo <owner/name>",
    "repository for the issues (default: GITHUB_REPOSITORY, or follow_ups.repo in the config)"
  ).option(
    "-m, --max-operations <n>",
    `writes per run; the rest wait for the next run (default ${DEFAULT_MAX_OPERATIONS})`
  ).option(
    "--allow-mass-filing",
    `file more than ${MASS_FILING_LIMIT} new issues even though issues sync filed before match no follow-up (sync stops otherwise)`
  ).option("-c, --config <file>", "config file (default: .incidents.yml)").action(async (flags) => setExit(await (await import("./sync.js")).syncCommand(flags, io)));
  program.command("review").description("batch review of a period: trends, repeats, recurring remediations, durations, load, goals").option(
    "-p, --period <period>",
    "a quarter (2026-Q1), a month (2026-03) or a year (2026); default: the last full quarter"
  ).option("--from <date>", "first day (YYYY-MM-DD), with --to").option("--to <date>", "last day (YYYY-MM-DD), with --from").option("--last <days>", "the last N days, like 90d").addOption(
    new Option(
      "-f, --format <format>",
      "output format (default: text on a terminal, md when piped or with --out)"
    ).choices(REVIEW_FORMATS)
  ).option("--no-color", "never colour the output").option("-o, --out <file>", "write to this file instead of standard output").option("--all-members", "JSON: list every incident and follow-up of each recurring theme, not only the first 10").option("-c, --config <file>", "config file (default: .incidents.yml)").action(async (flags) => setExit(await (await import("./review.js")).reviewCommand(flags, io)));
  program.command("status").description("a short overview of the incidents: by status and severity, reviews and follow-ups pending").addOption(
    new Option(
      "-f, --format <format>",
      "output format: text on a terminal, md when piped, or json (schemas/status-report.schema.json)"
    ).choices(STATUS_FORMATS)
  ).option("--no-color", "never colour the output").option("-c, --config <file>", "config file (default: .incidents.yml)").action(async (flags) => setExit(await (await import("./status.js")).statusCommand(flags, io)));
  program.command("init").description(
    "set up a repository: .incidents.yml, the workflows, the declare form and editor support; never overwrites a file"
  ).option("--severities <ids>", "severity ids, most severe first (default: SEV1,SEV2,SEV3,SEV4)").option("--categories <ids>", "category ids (default: deploy, config, capacity, ...)").option("--services <ids>", "the service catalog (default: none, any service name is accepted)").option("--branch <name>", "the default branch, whose pushes file the follow-ups (default: main)").option(
    "-r, --repo <owner/name>",
    "the repository on GitHub, for the settings to make there (default: GITHUB_REPOSITORY)"
  ).option("--github", "also make what files cannot on GitHub: the 'incident' label (needs GITHUB_TOKEN)").option("-y, --yes", "never ask; take the flags and the defaults").action(async (flags) => setExit(await (await import("./init.js")).initCommand(flags, io)));
  const create = program.command("new").description("open a new incident record: asks on a terminal, takes flags otherwise (--yes never asks)");
  for (const option of newOptions()) create.addOption(option);
  create.action(async (flags) => setExit(await (await import("./new.js")).newCommand(flags, io)));
  program.command("explain").description("what a rule checks, why it matters, a wrong and a right example; without a rule, list every rule").argument("[rule]", "a rule id from a finding, like severity-value").action(async (rule) => setExit((await import("./explain.js")).explainCommand(rule, io)));
  program.command("declare").description("turn a declare-incident issue form into an incident file and a pull request (needs GITHUB_TOKEN)").requiredOption("-i, --issue <number>", "the issue holding the submitted form").option("-r, --repo <owner/name>", "repository (default: GITHUB_REPOSITORY)").option("-c, --config <file>", "config file (default: .incidents.yml)").action(async (flags) => setExit(await (await import("./declare.js")).declareCommand(flags, io)));
  program.command("import").description("turn past incidents into incident files: postmortem documents, a status page history, a CSV export").argument("<source>", "a folder of postmortems (or one), a Statuspage incidents JSON file, or a CSV file").addOption(
    new Option("-f, --format <format>", "what the source is (default: from its name)").choices(IMPORT_FORMATS)
  ).option("-o, --out <folder>", "where new files go, one folder per year (default: incidents_dir from the config)").option("-n, --dry-run", "print what would be written; write nothing").option("--force", "also rewrite files people edited since an earlier import").option("--zone <zone>", "the time zone of times the source gives without one, like UTC or Europe/Berlin").option(
    "--map <field=column>",
    'CSV: the column a field comes from, like title="Incident name"; repeat it',
    collectValues
  ).option("--mapping <file>", "CSV: a YAML file of field: Column lines").option("-c, --config <file>", "config file (default: .incidents.yml)").action(
    async (source, flags) => setExit((await import("./import.js")).importCommand(source, flags, io))
  );
  for (const command of program.commands)
    command.showHelpAfterError(`(run incidents ${command.name()} --help for usage)`);
  return program;
}
async function runCli(argv, given) {
  const secrets = [given.env.GITHUB_TOKEN, given.env.GH_TOKEN];
  const io = {
    ...given,
    writeOut: (text) => given.writeOut(redactSecrets(text, secrets)),
    writeErr: (text) => given.writeErr(redactSecrets(text, secrets))
  };
  let exitCode = 0;
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync(argv, { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : EXIT_USAGE;
    if (error instanceof UsageError) {
      io.writeErr(`incidents: ${error.message}
`);
      return EXIT_USAGE;
    }
    if (error instanceof PublishError) {
      io.writeErr(`incidents: ${error.message}
`);
      return EXIT_FINDINGS;
    }
    if (error instanceof ConfigError) {
      const counts = countBySeverity(error.findings);
      io.writeErr(`incidents: ${error.message}
`);
      if (error.findings.length)
        io.writeErr(renderText({ findings: error.findings, files: 1, ...counts }, { color: false }));
      return EXIT_USAGE;
    }
    throw error;
  }
}
export {
  runCli
};
