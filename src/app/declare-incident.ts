import type { Config } from '../core/config';
import { PublishError } from '../core/errors';
import { GITHUB_TOKEN_CHECKS_NOTE } from '../core/pull-request-checks';
import type { Finding } from '../core/finding';
import type { RepoRef } from '../github/api/repo';
import type { GitHubClient } from '../github/client';
import { explainPublishFailure } from '../github/explain-failure';
import { publishDeclaration } from '../github/publish/declaration';
import { upsertStickyComment } from '../github/sticky-comment';
import { DECLARE_COMMENT_MARKER, declaredComment, declareProblemsComment } from '../declare/comment';
import { planDeclaration, type DeclaringIssue, type Problem } from '../declare/plan';
import { parseDocument } from '../incidents/parse-document';
import { validateDocuments } from '../validate/validate-set';

export type DeclareResult =
  | { readonly kind: 'ignored'; readonly reason: string }
  | { readonly kind: 'invalid'; readonly problems: number }
  | {
      readonly kind: 'declared';
      /** The incident file the pull request holds. */
      readonly path: string;
      readonly pull: { number: number; url: string };
      readonly created: boolean;
      /** Another run declared the same issue at the same moment; this one found its pull request. */
      readonly raced: boolean;
    };

/** What the form's answers are called in the problems comment, by the field they fill. */
const QUESTION: Readonly<Record<string, string>> = {
  title: 'Title',
  severity: 'Severity',
  started_at: 'When did impact start?',
  services: 'Services affected',
  commander: 'Incident commander',
};

/**
 * The file a declaration would write, checked with validate's own rules
 * before anything is written: what validate would refuse on the pull
 * request (a title over 256 characters, say) is said on the issue instead.
 */
function problemsInFile(path: string, text: string, config: Config, now: Date): Problem[] {
  const parsed = parseDocument(path, 'incident', new TextEncoder().encode(text));
  const findings: Finding[] = parsed.document
    ? validateDocuments({ targets: [parsed.document], allIncidents: [], config, now })
    : [parsed.finding];
  return findings
    .filter((finding) => finding.severity === 'error')
    .map((finding) => {
      const field = /^(\w+)/.exec(finding.message)?.[1] ?? '';
      return { field: QUESTION[field] ?? finding.rule, reason: `${finding.message} (${finding.rule})` };
    });
}

/** Plan the declaration, then apply it: a comment saying what to fix, or the pull request and a comment linking it. */
export async function declareIncident(
  client: GitHubClient,
  repo: RepoRef,
  issue: DeclaringIssue,
  config: Config,
  now: Date,
): Promise<DeclareResult> {
  const plan = planDeclaration(issue, config, now);
  if (plan.kind === 'ignore') return { kind: 'ignored', reason: plan.reason };
  const problems = plan.kind === 'invalid' ? plan.problems : problemsInFile(plan.path, plan.text, config, now);
  if (plan.kind === 'invalid' || problems.length > 0) {
    await upsertStickyComment(client, repo, issue.number, DECLARE_COMMENT_MARKER, declareProblemsComment(problems));
    return { kind: 'invalid', problems: problems.length };
  }
  let published: Awaited<ReturnType<typeof publishDeclaration>>;
  try {
    published = await publishDeclaration(client, repo, {
      issue: issue.number,
      path: plan.path,
      incidentsDir: config.incidentsDir,
      text: plan.text,
      title: plan.title,
      body: declarationPullBody(issue.number, plan.path),
    });
  } catch (error) {
    throw new PublishError(
      explainPublishFailure(
        error,
        `open the pull request for issue #${issue.number}`,
        'contents: write and pull-requests: write',
      ),
      { cause: error },
    );
  }
  const { pull, created, path, raced } = published;
  await upsertStickyComment(client, repo, issue.number, DECLARE_COMMENT_MARKER, declaredComment(pull, path));
  return { kind: 'declared', path, pull, created, raced };
}

/** The pull request's body: what it adds, and why no check may run on it yet. */
export function declarationPullBody(issue: number, path: string): string {
  return [
    `Declares the incident reported in #${issue}: adds \`${path}\`.`,
    '',
    'Edit the file on this branch as the response goes on; merge it when the record is useful.',
    '',
    GITHUB_TOKEN_CHECKS_NOTE,
  ].join('\n');
}
