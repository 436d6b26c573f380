import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../core/config';
import { loadConfig } from '../config/load';
import { displayPath } from '../incidents/find';
import { FileExistsError, writeFileAtomic } from '../incidents/write-file';
import {
  checkCommander,
  checkDetected,
  checkServices,
  checkSeverity,
  checkStarted,
  checkTitle,
  type Check,
  type NewIncident,
} from '../scaffold/answers';
import { incidentId } from '../scaffold/incident-id';
import { renderNextSteps } from '../scaffold/next-steps';
import { renderIncident } from '../scaffold/template';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from './exit-codes';
import type { CliIo } from './io';
import { PromptCancelled, terminalPrompts, type IncidentPrompts } from './new-prompts';

export interface NewFlags {
  readonly title?: string;
  readonly severity?: string;
  readonly started?: string;
  readonly service?: readonly string[];
  readonly commander?: string;
  /** When impact was detected, in the forms of --started, or 'unknown'. */
  readonly detected?: string;
  readonly id?: string;
  readonly dir?: string;
  readonly config?: string;
  readonly yes?: boolean;
}

/** Flags a script must give when nobody can be asked. */
const REQUIRED = [
  ['title', '--title'],
  ['severity', '--severity'],
  ['started', '--started'],
] as const;

type Known = { -readonly [K in keyof NewIncident]?: NewIncident[K] };

interface FromFlags {
  readonly known: Known;
  readonly problems: readonly string[];
}

function readFlags(flags: NewFlags, config: Config, now: Date, timeZone: string): FromFlags {
  const known: Known = {};
  const problems: string[] = [];
  const take = <T>(flag: string, value: string | undefined, check: (value: string) => Check<T>): T | undefined => {
    if (value === undefined) return undefined;
    const checked = check(value);
    if (checked.ok) return checked.value;
    problems.push(`${flag}: ${checked.reason}`);
    return undefined;
  };
  known.title = take('--title', flags.title, checkTitle);
  known.severity = take('--severity', flags.severity, (value) => checkSeverity(value, config));
  known.started = take('--started', flags.started, (value) => checkStarted(value, now, timeZone));
  if (flags.service)
    known.services = take('--service', flags.service.join(','), (value) => checkServices([value], config));
  known.commander = take('--commander', flags.commander, checkCommander);
  return { known, problems };
}

function complete(known: Known): NewIncident | undefined {
  const { title, severity, started } = known;
  if (title === undefined || severity === undefined || started === undefined) return undefined;
  return { title, severity, started, services: known.services ?? [], commander: known.commander };
}

/**
 * `incidents new`: asks on a terminal, takes flags otherwise, and writes a
 * new incident file that validates as `investigating`. Never overwrites.
 */
export async function newCommand(
  flags: NewFlags,
  io: CliIo,
  prompts: IncidentPrompts = terminalPrompts,
): Promise<number> {
  const { config } = loadConfig(io.cwd, flags.config);
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const { known, problems } = readFlags(flags, config, io.now, timeZone);
  if (problems.length) {
    for (const problem of problems) io.writeErr(`incidents new: ${problem}\n`);
    return EXIT_USAGE;
  }

  let incident = complete(known);
  const interactive = !flags.yes && io.stdoutIsTty && prompts.available();
  if (interactive) {
    try {
      incident = await prompts.ask({ config, now: io.now, timeZone, known, askDetected: flags.detected === undefined });
    } catch (error) {
      if (!(error instanceof PromptCancelled)) throw error;
      io.writeErr('incidents new: cancelled; nothing was written\n');
      return EXIT_FINDINGS;
    }
  }
  if (!incident) {
    const missing = REQUIRED.filter(([key]) => known[key] === undefined).map(([, flag]) => flag);
    const why = flags.yes ? 'with --yes nothing is asked' : 'not on a terminal, so nothing can be asked';
    io.writeErr(`incidents new: missing ${missing.join(', ')} (${why})\n`);
    io.writeErr(
      `  like: incidents new --title "Checkout failing for EU customers" --severity ${config.severities[0]?.id ?? 'SEV1'} --started "30m ago" --commander @alice\n`,
    );
    return EXIT_USAGE;
  }

  if (flags.detected !== undefined) {
    // Checked once the start is known: detection comes at or after it.
    const detected = checkDetected(flags.detected, incident.started, io.now, timeZone);
    if (!detected.ok) {
      io.writeErr(`incidents new: --detected: ${detected.reason}\n`);
      return EXIT_USAGE;
    }
    incident = { ...incident, detected: detected.value };
  }

  const id = flags.id ?? incidentId(incident.started, incident.title);
  if (!config.idPattern.test(id)) {
    io.writeErr(
      `incidents new: the id '${id}' does not match id_pattern ${config.idPattern.source}${config.source ? ` in ${config.source}` : ''}\n  fix: give one that does with --id\n`,
    );
    return EXIT_USAGE;
  }
  const absolute = path.resolve(
    io.cwd,
    flags.dir ?? config.incidentsDir,
    incident.started.text.slice(0, 4),
    `${id}.md`,
  );
  const file = displayPath(io.cwd, absolute);
  const exists = () => {
    io.writeErr(
      `incidents new: ${file} already exists; nothing was written\n  fix: open it to update that incident, or choose another --title or --id for a new one\n`,
    );
    return EXIT_FINDINGS;
  };
  if (existsSync(absolute)) return exists();
  try {
    // Exclusive: two runs at once for the same id cannot both say "Created".
    writeFileAtomic(absolute, renderIncident(id, incident, io.now), {
      createFolders: true,
      exclusive: true,
      shown: file,
    });
  } catch (error) {
    if (error instanceof FileExistsError) return exists();
    throw error;
  }
  io.writeOut(renderNextSteps(file, incident));
  return EXIT_OK;
}
