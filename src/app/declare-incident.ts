import type { Config } from '../core/config';
import type { RepoRef } from '../github/api/repo';
import type { GitHubClient } from '../github/client';
import { publishDeclaration } from '../github/publish/declaration';
import { upsertStickyComment } from '../github/sticky-comment';
import { DECLARE_COMMENT_MARKER, declaredComment, declareProblemsComment } from '../declare/comment';
import { planDeclaration, type DeclaringIssue } from '../declare/plan';

export type DeclareResult =
  | { readonly kind: 'ignored'; readonly reason: string }
  | { readonly kind: 'invalid'; readonly problems: number }
  | {
      readonly kind: 'declared';
      readonly path: string;
      readonly pull: { number: number; url: string };
      readonly created: boolean;
    };

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
  if (plan.kind === 'invalid') {
    await upsertStickyComment(
      client,
      repo,
      issue.number,
      DECLARE_COMMENT_MARKER,
      declareProblemsComment(plan.problems),
    );
    return { kind: 'invalid', problems: plan.problems.length };
  }
  const { pull, created } = await publishDeclaration(client, repo, {
    issue: issue.number,
    path: plan.path,
    text: plan.text,
    title: plan.title,
    body: `Declares the incident reported in #${issue.number}: adds \`${plan.path}\`.\n\nEdit the file on this branch as the response goes on; merge it when the record is useful.`,
  });
  await upsertStickyComment(client, repo, issue.number, DECLARE_COMMENT_MARKER, declaredComment(pull, plan.path));
  return { kind: 'declared', path: plan.path, pull, created };
}
