import { DEFAULT_LABELS } from './default-labels';
import { RateLimiter } from './ratelimit';
import { buildComment, buildIssue, type CommentSeed, type IssueSeed } from './seed';
import { isoSeconds } from './time';
import type { AccountType, CommentRecord, IssueRecord, LabelRecord, RepoRecord, UserRecord } from './types';

export type { CommentSeed, IssueSeed } from './seed';

export interface RepoOptions {
  defaultBranch?: string;
  /** Logins that may be assigned; others get 422 from create/update. */
  assignable?: string[];
  private?: boolean;
  description?: string | null;
  ownerType?: 'User' | 'Organization';
  /** GitHub seeds every new repository with bug, documentation, ...; false starts empty. */
  defaultLabels?: boolean;
}

export type IdKind = 'user' | 'repo' | 'issue' | 'label' | 'comment';

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
  private readonly ids: Record<IdKind, number> = { user: 1000, repo: 500000, issue: 2000000, label: 3000000, comment: 4000000 };

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
    const repo: RepoRecord = {
      id: this.nextId('repo'), owner, name, full_name: fullName,
      default_branch: options.defaultBranch ?? 'main',
      private: options.private ?? false,
      description: options.description ?? null,
      // A personal repository's owner can always be assigned; an organization cannot.
      assignable: new Set([...(options.ownerType === 'Organization' ? [] : [owner]), ...(options.assignable ?? [])].map((l) => l.toLowerCase())),
      issues: [], labels: new Map(), comments: new Map(), created_at: this.now(),
    };
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

  addLabel(fullName: string, label: { name: string; color?: string; description?: string | null }): LabelRecord {
    const repo = this.mustRepo(fullName);
    const record: LabelRecord = {
      id: this.nextId('label'), name: label.name, color: (label.color ?? 'ededed').replace(/^#/, '').toLowerCase(),
      description: label.description ?? null, default: false,
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
