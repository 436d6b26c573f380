import { HttpError } from '../errors';
import type { Context, Reply, Route } from '../router';
import { objectBody } from './input';

const GRAPHQL_DOCS = 'https://docs.github.com/graphql';

/**
 * The one query the product asks of GitHub's GraphQL API: who the token is.
 * GitHub answers `viewer { login }` for every kind of token (a person's
 * token, GITHUB_TOKEN, a GitHub App installation token as `<slug>[bot]`),
 * where REST's GET /user refuses installation tokens. The query text is
 * checked against GitHub's GraphQL schema by the contract test; any other
 * query gets GraphQL's error shape, so a new query cannot pass unnoticed.
 */
export const VIEWER_QUERY = /^\s*(?:query\s*(?:\w+\s*)?)?\{\s*viewer\s*\{\s*login\s*\}\s*\}\s*$/;

function graphql(ctx: Context): Reply {
  // GitHub: GraphQL needs a token, and says so in REST's words.
  if (ctx.login === null)
    throw new HttpError(401, {
      message: 'This endpoint requires you to be authenticated.',
      documentation_url: GRAPHQL_DOCS,
    });
  const body = objectBody(ctx.body, GRAPHQL_DOCS);
  const query = typeof body.query === 'string' ? body.query : '';
  if (!VIEWER_QUERY.test(query))
    return {
      status: 200,
      body: {
        errors: [
          { message: `The test server answers only { viewer { login } } (got ${JSON.stringify(query.slice(0, 80))})` },
        ],
      },
    };
  return { status: 200, body: { data: { viewer: { login: ctx.state.user(ctx.login).login } } } };
}

export const graphqlRoutes: Route[] = [{ method: 'POST', pattern: '/graphql', doc: GRAPHQL_DOCS, handler: graphql }];
