import { DEFAULT_LABELS } from './default-labels';
import { RateLimiter } from './ratelimit';
import { buildComment, buildIssue, buildRepo, type CommentSeed, type IssueSeed, type RepoOptions } from './seed';
import { fileAt, seedBranch, seedFile, type FileSeed } from './state-git';
import { pullView, seedPull, type PullSeed, type PullView } from './state-pulls';
import { isoSeconds } from './time';
import type {
  AccountType,
  CommentRecord,
  CommitRecord,
  IssueRecord,
  LabelRecord,
  RepoRecord,
  UserRecord,
} from './types';

export type { CommentSeed, IssueSeed, RepoOptions } from './seed';
export type { FileSeed } from './state-git';
export type { PullSeed, PullView } from './state-pulls';

export type IdKind = 'user' | 'repo' | 'issue' | 'label' | 'comment' | 'pull';

export interface StateOptions {
  tokens: Record<string, string>;
  rateLimit: number;
  now: () => Date;
}

/**
 * Everything the fake GitHub knows. Routes mutate it through the same methods
 * tests use to seed it, so seeded data and API-made data cannot differ in shape.
 */
export class ServerState {
  readonly repos = new Map<string, RepoRecord>();
  readonly users = new Map<string, UserRecord>();
  /** token -> login; tests may add tokens after start. */
  readonly tokens: Map<string, string>;
  readonly rateLimit: RateLimiter;
  private readonly ids: Record<IdKind, number> = {
    user: 1000,
    repo: 500000,
    issue: 2000000,
    label: 3000000,
    comment: 4000000,
    pull: 5000000,
  };

  constructor(private readonly options: StateOptions) {
    this.tokens = new Map(Object.entries(options.tokens));
    this.rateLimit = new RateLimiter(options.rateLimit, 60, options.now);
    for (const login of this.tokens.values()) this.user(login);
  }

  /** Current time as GitHub prints it. */
  now(): string {
    return isoSeconds(this.options.now());
  }

  /** The login new issues are attributed to by default: the first token's. */
  get defaultLogin(): string {
    return this.tokens.values().next().value ?? 'incidents-bot';
  }

  /** Looks a user up by login (case-insensitively, as GitHub does), creating it on first mention. */
  user(login: string, type?: AccountType): UserRecord {
    const key = login.toLowerCase();
    let user = this.users.get(key);
    if (!user) {
      const inferred: AccountType = login.endsWith('[bot]') ? 'Bot' : 'User';
      user = { login, id: this.nextId('user'), type: type ?? inferred, name: null, created_at: this.now() };
      this.users.set(key, user);
    } else if (type) {
      user.type = type;
    }
    return user;
  }

  addRepo(fullName: string, options: RepoOptions = {}): RepoRecord {
    const [owner, name, extra] = fullName.split('/');
    if (!owner || !name || extra !== undefined) throw new Error(`repository must be "owner/name": ${fullName}`);
    this.user(owner, options.ownerType);
    const repo = buildRepo(this, fullName, owner, name, options);
    for (const login of options.assignable ?? []) this.user(login);
    this.repos.set(fullName.toLowerCase(), repo);
    if (options.defaultLabels !== false) {
      for (const l of DEFAULT_LABELS) this.addLabel(fullName, l).default = true;
    }
    return repo;
  }

  /** Owner and name are case-insensitive on GitHub. */
  repo(fullName: string): RepoRecord | undefined {
    return this.repos.get(fullName.toLowerCase());
  }

  repoById(id: number): RepoRecord | undefined {
    for (const repo of this.repos.values()) if (repo.id === id) return repo;
    return undefined;
  }

  issue(fullName: string, number: number): IssueRecord | undefined {
    return this.repo(fullName)?.issues[number - 1];
  }

  /** Adds an issue as if someone had opened it; no validation, so tests can set up any history. Fast: O(labels). */
  seedIssue(fullName: string, seed: IssueSeed = {}): IssueRecord {
    const repo = this.mustRepo(fullName);
    const issue = buildIssue(this, repo, seed);
    repo.issues.push(issue);
    return issue;
  }

  seedComment(fullName: string, issueNumber: number, seed: CommentSeed): CommentRecord {
    const repo = this.mustRepo(fullName);
    const issue = repo.issues[issueNumber - 1];
    if (!issue) throw new Error(`no issue #${issueNumber} in ${fullName}`);
    const comment = buildComment(this, issueNumber, seed);
    repo.comments.set(comment.id, comment);
    issue.comments += 1;
    if (comment.created_at > issue.updated_at) issue.updated_at = comment.created_at;
    return comment;
  }

  /** Commits one file on a branch (cut from the default branch if new), as a push would. */
  seedFile(fullName: string, path: string, content: string, seed: FileSeed = {}): CommitRecord {
    return seedFile(this, this.mustRepo(fullName), path, content, seed);
  }

  /** Creates branch `name` at `from` (a branch or sha; default the default branch). */
  seedBranch(fullName: string, name: string, from?: string): CommitRecord {
    return seedBranch(this.mustRepo(fullName), name, from);
  }

  /** A file's text on a branch (or at a sha); undefined when either is missing. */
  fileAt(fullName: string, branch: string, path: string): string | undefined {
    return fileAt(this.mustRepo(fullName), branch, path);
  }

  /** Records a pull request without the API's checks; it takes the next issue number. */
  seedPull(fullName: string, seed: PullSeed): PullView {
    const repo = this.mustRepo(fullName);
    return pullView(repo, seedPull(this, repo, seed).pull);
  }

  /** Every pull request, oldest first, flattened for assertions (a snapshot: edit records, not these). */
  pulls(fullName: string): PullView[] {
    const repo = this.mustRepo(fullName);
    return [...repo.pulls.values()].sort((a, b) => a.number - b.number).map((pull) => pullView(repo, pull));
  }

  addLabel(fullName: string, label: { name: string; color?: string; description?: string | null }): LabelRecord {
    const repo = this.mustRepo(fullName);
    const record: LabelRecord = {
      id: this.nextId('label'),
      name: label.name,
      color: (label.color ?? 'ededed').replace(/^#/, '').toLowerCase(),
      description: label.description ?? null,
      default: false,
    };
    repo.labels.set(label.name.toLowerCase(), record);
    return record;
  }

  /** GitHub creates unknown labels named on an issue, grey and without description. */
  ensureLabel(repo: RepoRecord, name: string): LabelRecord {
    return repo.labels.get(name.toLowerCase()) ?? this.addLabel(repo.full_name, { name });
  }

  /** GitHub ids are global per kind, not per repository. */
  nextId(kind: IdKind): number {
    this.ids[kind] += 1;
    return this.ids[kind];
  }

  private mustRepo(fullName: string): RepoRecord {
    const repo = this.repo(fullName);
    if (!repo) throw new Error(`unknown repository ${fullName}; call state.addRepo first`);
    return repo;
  }
}
