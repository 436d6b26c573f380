export type IssueState = 'open' | 'closed';
export type StateReason = 'completed' | 'not_planned' | 'reopened' | 'duplicate' | null;

/** An issue as GitHub has it, reduced to what sync compares. */
export interface ExistingIssue {
  readonly number: number;
  readonly url: string;
  readonly title: string;
  readonly body: string;
  readonly state: IssueState;
  readonly stateReason: StateReason;
  readonly closedAt: string | null;
  readonly createdAt: string;
  readonly labels: readonly string[];
  readonly assignees: readonly string[];
  readonly author: string;
  /** The GitHub App whose token wrote it (performed_via_github_app), by slug; null when a person's token did. */
  readonly app: string | null;
}

export interface IssueChanges {
  readonly title?: string;
  readonly body?: string;
  readonly labels?: readonly string[];
  readonly assignees?: readonly string[];
}

/** The parts of GitHub's issue object sync reads. */
export interface RawIssue {
  number: number;
  html_url: string;
  title: string;
  body?: string | null;
  state: string;
  state_reason?: string | null;
  closed_at: string | null;
  created_at: string;
  labels: (string | { name?: string })[];
  assignees?: { login: string }[] | null;
  user: { login: string } | null;
  pull_request?: unknown;
  performed_via_github_app?: { slug?: string } | null;
}

export function toExistingIssue(raw: RawIssue): ExistingIssue {
  return {
    number: raw.number,
    url: raw.html_url,
    title: raw.title,
    body: raw.body ?? '',
    state: raw.state === 'closed' ? 'closed' : 'open',
    stateReason: (raw.state_reason ?? null) as StateReason,
    closedAt: raw.closed_at,
    createdAt: raw.created_at,
    labels: raw.labels
      .map((l) => (typeof l === 'string' ? l : (l.name ?? '')))
      .filter((l) => l !== '')
      .sort(),
    assignees: (raw.assignees ?? []).map((a) => a.login).sort(),
    author: raw.user?.login ?? '',
    app: raw.performed_via_github_app?.slug ?? null,
  };
}
