import { forbidden, requiresAuthentication } from '../errors';
import { renderPrivateUser } from '../render/user';
import type { Context, Reply, Route } from '../router';
import { DOC } from './docs';

/**
 * GET /user. Anonymous callers get 401; an installation token (a "[bot]"
 * account, like GITHUB_TOKEN in Actions) gets 403 because GitHub will not
 * describe an app as a user, which is a real trap for code that asks "who am I".
 */
function getAuthenticatedUser(ctx: Context): Reply {
  if (ctx.login === null) throw requiresAuthentication(ctx.doc);
  const user = ctx.state.user(ctx.login);
  if (user.type === 'Bot') throw forbidden('Resource not accessible by integration', ctx.doc);
  return { status: 200, body: renderPrivateUser(ctx.view, user) };
}

export const userRoutes: Route[] = [
  { method: 'GET', pattern: '/user', doc: DOC.getUser, handler: getAuthenticatedUser },
];
