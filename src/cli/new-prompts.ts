// The only module that imports the prompt library.
import { input, search, select } from '@inquirer/prompts';
import type { Config, ServiceConfig, SeverityConfig } from '../core/config';
import {
  checkCommander,
  checkDetected,
  checkService,
  checkSeverity,
  checkStarted,
  checkTitle,
  type Check,
  type NewIncident,
} from '../scaffold/answers';
import { TIME_FORMS } from '../scaffold/parse-time';
import { UNKNOWN_TIME } from '../scaffold/answers';

export interface AskOptions {
  readonly config: Config;
  readonly now: Date;
  readonly timeZone: string;
  /** Answers already given as flags: not asked again. */
  readonly known: Partial<NewIncident>;
  /** Whether to ask when impact was detected (not when a flag said it). */
  readonly askDetected: boolean;
}

export interface IncidentPrompts {
  /** Whether someone can answer: standard input is a terminal. */
  available(): boolean;
  ask(options: AskOptions): Promise<NewIncident>;
}

/** Ctrl+C at a prompt: nothing is written. */
export class PromptCancelled extends Error {
  override readonly name = 'PromptCancelled';
}

const DONE = '\u0000done';

function reasonOf<T>(check: Check<T>): true | string {
  return check.ok ? true : check.reason;
}

function valueOf<T>(check: Check<T>): T {
  if (!check.ok) throw new Error(`an answer that passed its check failed it again: ${check.reason}`);
  return check.value;
}

async function askChecked<T>(message: string, check: (answer: string) => Check<T>, defaultAnswer?: string): Promise<T> {
  const answer = await input({ message, default: defaultAnswer, validate: (value) => reasonOf(check(value)) });
  return valueOf(check(answer));
}

function describeService(service: ServiceConfig): string | undefined {
  const parts = [
    service.owner && `owner ${service.owner}`,
    service.tier !== undefined && `tier ${service.tier}`,
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : undefined;
}

function serviceChoices(catalog: readonly ServiceConfig[], picked: readonly string[], term: string | undefined) {
  const wanted = (term ?? '').trim().toLowerCase();
  const matches = catalog
    .filter(
      (s) =>
        !picked.includes(s.id) &&
        (s.id.toLowerCase().includes(wanted) || (s.owner ?? '').toLowerCase().includes(wanted)),
    )
    .sort((a, b) => Number(!a.id.toLowerCase().startsWith(wanted)) - Number(!b.id.toLowerCase().startsWith(wanted)))
    .map((s) => ({ value: s.id, name: s.id, description: describeService(s) }));
  const done = { value: DONE, name: picked.length ? `done: ${picked.join(', ')}` : 'skip: not sure yet' };
  const none =
    wanted && matches.length === 0
      ? [
          {
            value: '',
            name: `no service matches '${wanted}' (add it to services: in the config, or pick another)`,
            disabled: true,
          },
        ]
      : [];
  return picked.length && !wanted ? [done, ...matches] : [...matches, ...none, done];
}

async function askSeverity(config: Config): Promise<SeverityConfig> {
  const id = await select({
    message: 'Severity (↑↓ to choose, Enter to confirm):',
    choices: config.severities.map((s) => ({ value: s.id, name: `${s.id}  ${s.description}`, short: s.id })),
  });
  return valueOf(checkSeverity(id, config));
}

async function askServices(config: Config): Promise<string[]> {
  if (config.services.length === 0) {
    const answer = await input({ message: 'Services affected (comma-separated; Enter to skip):' });
    return [
      ...new Set(
        answer
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      ),
    ];
  }
  const picked: string[] = [];
  for (;;) {
    const message = picked.length
      ? 'Another service? (type to search; Enter on "done" to go on)'
      : 'Which service is affected? (type to search, Enter to pick)';
    const choice = await search<string>({ message, source: (term) => serviceChoices(config.services, picked, term) });
    if (choice === DONE) return picked;
    picked.push(valueOf(checkService(choice, config)));
  }
}

async function ask({ config, now, timeZone, known, askDetected }: AskOptions): Promise<NewIncident> {
  const title =
    known.title ??
    (await askChecked('Title: what are users experiencing? (like "Checkout failing for EU customers")', checkTitle));
  const severity = known.severity ?? (await askSeverity(config));
  const started =
    known.started ??
    (await askChecked(
      `When did impact start? (${TIME_FORMS})`,
      (answer) => checkStarted(answer, now, timeZone),
      'now',
    ));
  // Asked, never assumed: a detection time nobody gave would make up the time to detect.
  const detected = askDetected
    ? await askChecked(
        `When was it detected: the first alert, or when someone noticed? (${TIME_FORMS.replace(/^write /, '')}, or ${UNKNOWN_TIME})`,
        (answer) => checkDetected(answer, started, now, timeZone),
        'now',
      )
    : undefined;
  const services = known.services ?? (await askServices(config));
  const commander =
    known.commander ??
    (await askChecked('Incident commander: who coordinates? (GitHub handle, like @alice)', checkCommander));
  return { title, severity, started, services, commander, detected };
}

export const terminalPrompts: IncidentPrompts = {
  available: () => Boolean(process.stdin.isTTY),
  async ask(options) {
    try {
      return await ask(options);
    } catch (error) {
      if (error instanceof Error && error.name === 'ExitPromptError')
        throw new PromptCancelled('cancelled at a prompt', { cause: error });
      throw error;
    }
  },
};
