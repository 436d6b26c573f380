import type { Config } from '../core/config';
import {
  checkCommander,
  checkServices,
  checkSeverity,
  checkStarted,
  checkTitle,
  type NewIncident,
} from '../scaffold/answers';
import { incidentId } from '../scaffold/incident-id';
import { parseIssueForm } from './issue-form';
import { detectedAt, renderIncident } from '../scaffold/template';

/** The label that makes an issue a declaration; the shipped issue form sets it. */
export const DECLARE_LABEL = 'incident';

/** The form's questions, as .github/ISSUE_TEMPLATE/declare-incident.yml labels them, in its order. */
export const FORM = {
  severity: 'severity',
  started: 'when did impact start?',
  services: 'services affected',
  commander: 'incident commander',
  summary: 'what is happening?',
} as const;

export interface DeclaringIssue {
  readonly number: number;
  readonly title: string;
  readonly body: string | null;
  readonly labels: readonly string[];
  readonly author: string;
  /** When the issue was opened (created_at): "30m ago" counts back from then, so a re-run writes the same file. */
  readonly createdAt: string | undefined;
}

export interface Problem {
  /** The form's question. */
  readonly field: string;
  /** Why the answer cannot be used, quoting it. */
  readonly reason: string;
}

export type DeclarationPlan =
  | { readonly kind: 'ignore'; readonly reason: string }
  | { readonly kind: 'invalid'; readonly problems: readonly Problem[] }
  | {
      readonly kind: 'file';
      readonly id: string;
      readonly path: string;
      readonly text: string;
      readonly title: string;
    };

/** What an issue-form submission becomes: an incident file, or what to fix. Pure. */
export function planDeclaration(issue: DeclaringIssue, config: Config, now: Date): DeclarationPlan {
  if (!issue.labels.includes(DECLARE_LABEL))
    return { kind: 'ignore', reason: `issue #${issue.number} has no '${DECLARE_LABEL}' label` };
  const answers = parseIssueForm(issue.body, Object.values(FORM));
  // The moment the form was filled in, not the moment this run happens to start.
  const created = issue.createdAt === undefined ? Number.NaN : Date.parse(issue.createdAt);
  const asked = Number.isNaN(created) ? now : new Date(created);
  const problems: Problem[] = [];
  const take = <T>(label: string, check: { ok: true; value: T } | { ok: false; reason: string }): T | undefined => {
    if (check.ok) return check.value;
    problems.push({ field: label, reason: check.reason });
    return undefined;
  };
  const title = take('Title', checkTitle(issue.title.replace(/^\s*\[incident\]:?\s*/i, '')));
  const severity = take('Severity', checkSeverity(answers.get(FORM.severity) ?? '', config));
  const started = take('When did impact start?', checkStarted(answers.get(FORM.started) ?? '', asked, 'UTC'));
  const services = take(
    'Services affected',
    checkServices(
      (answers.get(FORM.services) ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
      config,
    ),
  );
  const commanderAnswer = answers.get(FORM.commander);
  const commander =
    commanderAnswer === undefined ? undefined : take('Incident commander', checkCommander(commanderAnswer));
  if (problems.length || !title || !severity || !started || !services) return { kind: 'invalid', problems };

  const incident: NewIncident = {
    title,
    severity,
    started,
    services,
    commander,
    detected: detectedAt(started, now),
    ...(answers.has(FORM.summary) ? { summary: answers.get(FORM.summary)! } : {}),
  };
  const id = incidentId(started, title);
  return {
    kind: 'file',
    id,
    title,
    path: `${config.incidentsDir}/${started.text.slice(0, 4)}/${id}.md`,
    text: renderIncident(id, incident, asked),
  };
}
