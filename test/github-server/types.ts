/**
 * The records the fake GitHub keeps in memory. They hold only what cannot be
 * derived: every URL, node_id and nested object of GitHub's JSON is rebuilt
 * from them at response time by render/, so a test that edits a record (say,
 * flips `state`) sees the change in every later response.
 */

export type IssueState = 'open' | 'closed';
export type StateReason = 'completed' | 'not_planned' | 'duplicate' | 'reopened' | null;
export type AccountType = 'User' | 'Bot' | 'Organization';

export interface UserRecord {
  login: string;
  id: number;
  type: AccountType;
  name: string | null;
  created_at: string;
}

export interface LabelRecord {
  id: number;
  name: string;
  /** Six hex digits without '#', as GitHub stores it. */
  color: string;
  description: string | null;
  /** True only for the labels GitHub puts in every new repository. */
  default: boolean;
}

export interface IssueRecord {
  id: number;
  number: number;
  title: string;
  body: string | null;
  state: IssueState;
  state_reason: StateReason;
  /** Label names, resolved against the repository's labels when rendered. */
  labels: string[];
  /** Logins. */
  assignees: string[];
  /** Login of the account that opened the issue. */
  author: string;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  closed_by: string | null;
  /** Comment count, as GitHub reports it on the issue. */
  comments: number;
  locked: boolean;
}

export interface CommentRecord {
  id: number;
  issue_number: number;
  body: string;
  author: string;
  created_at: string;
  updated_at: string;
}

/** Who wrote a commit, as git records it; `login` links it to an account (null: an unmatched email). */
export interface GitActor {
  name: string;
  email: string;
  login: string | null;
}

/**
 * A commit. The tree is flat (path -> UTF-8 text): directories exist only as
 * path prefixes, which is all the contents and pulls APIs need. Shas are real
 * git object ids, computed from the tree and the headers as git would.
 */
export interface CommitRecord {
  sha: string;
  tree: Map<string, string>;
  /** Null only for a repository's first commit: history is linear, there are no merges. */
  parent: string | null;
  message: string;
  author: GitActor;
  /** Whole-second ISO time; committer = author. */
  date: string;
}

export interface GitRecord {
  /** Branch name (without refs/heads/) -> commit sha. Tags are not modelled. */
  branches: Map<string, string>;
  commits: Map<string, CommitRecord>;
}

/**
 * What a pull request has beyond its issue. Title, body, state, author and
 * timestamps live on the IssueRecord of the same number, as on GitHub, where
 * every pull request is also an issue; the two are joined by `number`.
 */
export interface PullRecord {
  id: number;
  number: number;
  /** Branch names in this repository (forks are not modelled). */
  head: string;
  base: string;
  draft: boolean;
  maintainer_can_modify: boolean;
  /**
   * The shas last seen: while open, responses follow the live branches; once
   * closed (or a branch is gone) these frozen values are what GitHub shows.
   */
  head_sha: string;
  base_sha: string;
}

export interface RepoRecord {
  id: number;
  owner: string;
  name: string;
  full_name: string;
  default_branch: string;
  private: boolean;
  description: string | null;
  /** Lower-cased logins that may be assigned (GitHub: collaborators with access). */
  assignable: Set<string>;
  /** Index = number - 1: issue numbers are dense, so lookup is O(1). */
  issues: IssueRecord[];
  /** Keyed by lower-cased name: GitHub label names are case-insensitive. */
  labels: Map<string, LabelRecord>;
  comments: Map<number, CommentRecord>;
  /** Keyed by number; each also has an entry in `issues`, which owns the number sequence. */
  pulls: Map<number, PullRecord>;
  git: GitRecord;
  created_at: string;
  /** The setting "Allow GitHub Actions to create and approve pull requests"; off by default, as on GitHub. */
  actions_can_create_pull_requests: boolean;
}

/** One request as the server saw it, kept in arrival order. */
export interface RecordedRequest {
  method: string;
  /** Path as sent, without the query string (a followed Link keeps its /repositories/{id} form). */
  path: string;
  query: Record<string, string>;
  /** Parsed JSON body, the raw text if it did not parse, or undefined when empty. */
  body: unknown;
  /** Response status; 0 while pending and for requests that got no response (hang, reset, dead). */
  status: number;
  /** Epoch milliseconds at arrival. */
  at: number;
  /** Login behind the token, null when anonymous or the token was unknown. */
  login: string | null;
  headers: Record<string, string>;
  /** The fault kind that handled this request, if any ('dead' after dieAfterWrites). */
  fault?: string;
}
