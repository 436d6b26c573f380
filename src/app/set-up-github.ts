import { DECLARE_LABEL } from '../declare/plan';
import { ensureLabels } from '../github/api/labels';
import { repoName, type RepoRef } from '../github/api/repo';
import { createClient, type Logger } from '../github/client';
import { explainFailure } from '../github/explain-failure';
import { GITHUB_TIMING, type Timing } from '../github/timing';

export interface GitHubSetUpOptions {
  readonly token: string;
  readonly apiUrl: string;
  readonly repo: RepoRef;
  readonly log: Logger;
  readonly timing?: Timing;
}

export type LabelOutcome = { readonly made: boolean } | { readonly failed: string };

/**
 * What `incidents init --github` makes on GitHub: the label the declare form
 * sets (GitHub drops a label the repository does not have). Made once;
 * there already, it is left as it is.
 */
export async function makeDeclareLabel(options: GitHubSetUpOptions): Promise<LabelOutcome> {
  const timing = options.timing ?? GITHUB_TIMING;
  const client = createClient({ token: options.token, baseUrl: options.apiUrl, log: options.log, timing });
  try {
    const created = await ensureLabels(client, options.repo, new Set([DECLARE_LABEL]));
    return { made: created.length > 0 };
  } catch (error) {
    return {
      failed: explainFailure(error, {
        token: 'GITHUB_TOKEN (or GH_TOKEN): it needs issues write on the repository',
        repo: '--repo or GITHUB_REPOSITORY',
        repoName: repoName(options.repo),
        retries: timing.retries,
      }),
    };
  }
}
