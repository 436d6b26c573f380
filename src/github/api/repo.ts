export interface RepoRef {
  readonly owner: string;
  readonly repo: string;
}

const REPO = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/;

/** 'owner/name' -> {owner, repo}, or undefined when it is not of that form. */
export function parseRepo(text: string | undefined): RepoRef | undefined {
  const match = text ? REPO.exec(text.trim()) : null;
  return match ? { owner: match[1]!, repo: match[2]! } : undefined;
}

export function repoName(ref: RepoRef): string {
  return `${ref.owner}/${ref.repo}`;
}
