import { renderRepo } from '../render/repo';
import { repoRoute, type Context, type Reply, type Route } from '../router';
import type { RateBucket } from '../ratelimit';
import { DOC } from './docs';

function rate(bucket: RateBucket, resource: string): Record<string, unknown> {
  return {
    limit: bucket.limit,
    used: bucket.used,
    remaining: Math.max(0, bucket.limit - bucket.used),
    reset: bucket.reset,
    resource,
  };
}

/**
 * GET /rate_limit. Only "core" is tracked; the other resources are reported
 * untouched with GitHub's published limits so clients that read them work.
 */
function rateLimit(ctx: Context): Reply {
  const core = ctx.state.rateLimit.bucket(ctx.login);
  const fresh = (limit: number, windowSeconds: number): RateBucket => ({
    limit,
    used: 0,
    reset: Math.floor(Date.parse(ctx.state.now()) / 1000) + windowSeconds,
  });
  const authed = ctx.login !== null;
  const resources = {
    core: rate(core, 'core'),
    search: rate(fresh(authed ? 30 : 10, 60), 'search'),
    graphql: rate(fresh(authed ? 5000 : 0, 3600), 'graphql'),
    integration_manifest: rate(fresh(5000, 3600), 'integration_manifest'),
    source_import: rate(fresh(100, 60), 'source_import'),
    code_scanning_upload: rate(fresh(1000, 3600), 'code_scanning_upload'),
    actions_runner_registration: rate(fresh(10000, 3600), 'actions_runner_registration'),
    scim: rate(fresh(15000, 3600), 'scim'),
    dependency_snapshots: rate(fresh(100, 60), 'dependency_snapshots'),
    code_search: rate(fresh(10, 60), 'code_search'),
  };
  return { status: 200, body: { resources, rate: rate(core, 'core') } };
}

export const metaRoutes: Route[] = [
  { method: 'GET', pattern: '/rate_limit', doc: DOC.rateLimit, handler: rateLimit },
  repoRoute('GET', '/repos/{owner}/{repo}', DOC.getRepo, (ctx) => ({
    status: 200,
    body: renderRepo(ctx.view, ctx.repo),
  })),
];
