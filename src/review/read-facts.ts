import type { Config } from '../core/config';
import type { SourceDocument } from '../incidents/document';
import { loadIncidents, serveClaimedShare, type LoadOptions, type LoadWork } from '../incidents/load';
import type { Locator } from '../incidents/locate';
import { adoptedFacts, incidentFacts, keptFacts, type IncidentFacts } from './facts';
import type { IncidentRule, RuleContext } from '../validate/rules/context';
import { schemaFindings } from '../schema/findings';
import { loadConfig } from '../config/load';
import { CROSS_FILE_RULES, indexById, PER_FILE_DATA_RULES } from '../validate/validate-set';

/**
 * The review only asks whether a file has errors, never where: findings
 * get no positions, so no file is parsed a second time for them.
 */
const NO_POSITIONS: Locator = { key: () => ({ line: 1, column: 1 }), value: () => ({ line: 1, column: 1 }) };
const NO_INCIDENTS: RuleContext['incidentsById'] = new Map();

const hasErrors = (findings: readonly { severity: string }[]) =>
  findings.some((finding) => finding.severity === 'error');

/**
 * Each incident file read as far as its frontmatter, checked by the schema
 * and the rules that need only that file, and reduced to its facts (null
 * when it has errors of its own: its numbers cannot be trusted): everything
 * the review needs of a file, done wherever the file is read, on either
 * thread.
 */
function factsOfEachFile(config: Config, now: Date): LoadOptions<IncidentFacts | null> {
  const context: RuleContext = { config, now, incidentsById: NO_INCIDENTS };
  return {
    visit: (read) => {
      const document: SourceDocument = { ...read, locate: NO_POSITIONS };
      const sound =
        !hasErrors(schemaFindings(document, 'incident')) &&
        !PER_FILE_DATA_RULES.some((rule) => hasErrors(rule(document, context)));
      // PER_FILE_DATA_RULES and CROSS_FILE_RULES (below) are LEFT_OUT_RULES, split by what they need.
      return (sound && incidentFacts(document)) || null;
    },
    extent: 'frontmatter',
    incidentsOnly: true,
    detach: (facts) => facts && keptFacts(facts),
    adopt: (facts) => facts && adoptedFacts(facts),
  };
}

/** What the second thread is asked (app/worker.ts): the same reading, with the same config and clock. */
export interface ReviewFactsTask {
  readonly task: 'review-facts';
  readonly cwd: string;
  readonly configPath: string | undefined;
  readonly now: string;
}

/** The second thread's share of a review: the files it claims, read as the first thread reads them. */
export function reviewClaimedFiles(work: LoadWork & ReviewFactsTask, post: (message: unknown) => void): void {
  const { config } = loadConfig(work.cwd, work.configPath);
  serveClaimedShare(work, config, factsOfEachFile(config, new Date(work.now)), post);
}

export interface ReviewFactsInput {
  readonly cwd: string;
  readonly configPath: string | undefined;
  readonly config: Config;
  readonly now: Date;
  /** An entry file that serves worker tasks (app/worker.ts); without it, one thread reads everything. */
  readonly workerEntry?: URL | undefined;
}

/** The facts of every sound incident, and the files left out (with errors, or unreadable). */
export async function collectReviewFacts(
  input: ReviewFactsInput,
): Promise<{ incidents: IncidentFacts[]; skipped: string[] }> {
  const { config, now } = input;
  const task: ReviewFactsTask = {
    task: 'review-facts',
    cwd: input.cwd,
    configPath: input.configPath,
    now: now.toISOString(),
  };
  const set = await loadIncidents(
    input.cwd,
    config,
    { whole: true },
    {
      ...factsOfEachFile(config, now),
      thread: input.workerEntry && { entry: input.workerEntry, task },
    },
  );

  // Ids and references: checked here, across every file both threads read.
  const context: RuleContext = { config, now, incidentsById: indexById(set.allIncidents), hints: false };
  const crossFileErrors = new Set<string>();
  for (const record of set.checked) {
    const document: SourceDocument = {
      ...record,
      kind: 'incident',
      body: '',
      bodyLine: 1,
      frontmatterLine: 1,
      locate: NO_POSITIONS,
    };
    if (CROSS_FILE_RULES.some((rule: IncidentRule) => hasErrors(rule(document, context))))
      crossFileErrors.add(record.file);
  }
  const incidents: IncidentFacts[] = [];
  const skipped = [...set.unread];
  for (const target of set.targets) {
    if (target.result && !crossFileErrors.has(target.file)) incidents.push(target.result);
    else skipped.push(target.file);
  }
  return { incidents, skipped: skipped.sort() };
}
