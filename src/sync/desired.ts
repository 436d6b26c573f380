import { MAX_ISSUE_TITLE_CHARS } from '../core/github-limits';
import type { Config } from '../core/config';
import type { SourceDocument } from '../incidents/document';
import { cut } from '../core/text';
import { managedBody } from './issue-body';
import type { DesiredFollowUp } from './types';

export interface LinkContext {
  /** e.g. https://github.com/acme/reliability */
  readonly repositoryUrl: string;
  /** owner/name of that repository: the source each marker names. */
  readonly sourceRepo: string;
  readonly defaultBranch: string;
}

const USER_HANDLE = /^@([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))$/;

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** One line of plain text: no control characters (C0, C1) or line breaks (LF, CR, NEL, U+2028/9) can reach a title. */
function oneLine(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function issueTitle(template: string, incidentId: string, title: string): string {
  // Replacer functions: a '$&' or "$'" in a title is text, not a replacement pattern.
  const filled = oneLine(template.replace(/\{incident\}/g, () => incidentId).replace(/\{title\}/g, () => title));
  return cut(filled, MAX_ISSUE_TITLE_CHARS);
}

/** A path segment in a link: encodeURIComponent leaves '(' and ')', which would end a Markdown link early. */
function urlSegment(segment: string): string {
  return encodeURIComponent(segment).replace(/[()]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
}

function labelsFor(config: Config, severity: string, type: string | undefined, priority: string | undefined): string[] {
  const { labels, label } = config.followUps;
  const all = [
    label,
    labels.severity[severity],
    type ? labels.type[type] : undefined,
    priority ? labels.priority[priority] : undefined,
  ];
  return [...new Set(all.filter((l): l is string => typeof l === 'string' && l !== ''))].sort();
}

/** Every label sync may add or remove; labels people add by hand are outside it. */
export function managedLabels(config: Config): Set<string> {
  const { labels, label } = config.followUps;
  return new Set([
    label,
    ...Object.values(labels.type),
    ...Object.values(labels.priority),
    ...Object.values(labels.severity),
  ]);
}

/** The follow-ups of valid incidents, as issues should show them. Pure. */
export function desiredFollowUps(
  incidents: readonly SourceDocument[],
  config: Config,
  links: LinkContext,
): DesiredFollowUp[] {
  const out: DesiredFollowUp[] = [];
  for (const incident of incidents) {
    const data = incident.data;
    const incidentId = String(data.id);
    const severity = String(data.severity);
    const impact = (data.impact ?? {}) as { summary?: unknown };
    const followUps = Array.isArray(data.follow_ups) ? (data.follow_ups as Record<string, unknown>[]) : [];
    for (const followUp of followUps) {
      const followUpId = String(followUp.id);
      const key = `${incidentId}/${followUpId}`;
      const owner = str(followUp.owner);
      const login = owner ? USER_HANDLE.exec(owner)?.[1] : undefined;
      const type = str(followUp.type);
      const priority = str(followUp.priority);
      const status = str(followUp.status);
      out.push({
        key,
        incidentId,
        followUpId,
        file: incident.file,
        title: issueTitle(config.followUps.titleTemplate, incidentId, String(followUp.title)),
        managedBody: managedBody({
          key,
          source: links.sourceRepo,
          incidentId,
          incidentTitle: String(data.title),
          file: incident.file,
          incidentUrl: `${links.repositoryUrl}/blob/${links.defaultBranch}/${incident.file.split('/').map(urlSegment).join('/')}`,
          severity,
          type,
          priority,
          due: str(followUp.due),
          owner,
          followUpTitle: String(followUp.title),
          impactSummary: str(impact.summary),
        }),
        labels: labelsFor(config, severity, type, priority),
        assignees: config.followUps.assignOwner && login ? [login] : [],
        fileStatus: status === 'done' || status === 'not-planned' ? status : 'open',
        ...(typeof followUp.issue === 'number' ? { linkedIssue: followUp.issue } : {}),
        ...(data.historical === true ? { historical: true } : {}),
        ...(typeof data.started_at === 'string' ? { startDay: data.started_at.slice(0, 10) } : {}),
      });
    }
  }
  return out;
}
