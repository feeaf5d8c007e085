import 'server-only';
import {
  authenticateApiKey,
  ForbiddenError,
  findSessionActor,
  type TActor,
  type TServices,
  UnauthenticatedError,
} from '@yardstick/core/server';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * A browser carrying our session cookie must be on our own origin to change anything. SameSite=Lax already
 * keeps the cookie off cross-site POSTs; this closes the gap for same-site but cross-origin pages.
 */
function assertSameOrigin(request: Request, baseUrl: string): void {
  if (safeMethods.has(request.method)) return;
  const origin = request.headers.get('origin');
  if (origin === null) {
    if (request.headers.get('sec-fetch-site') === 'cross-site')
      throw new ForbiddenError('Cross-site request refused.');
    return;
  }
  const allowed = new Set([new URL(baseUrl).origin, new URL(request.url).origin]);
  if (!allowed.has(origin)) throw new ForbiddenError(`Requests from ${origin} are not accepted.`);
}

export async function findActor(request: Request, services: TServices): Promise<TActor | undefined> {
  const authorization = request.headers.get('authorization');
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match?.[1])
      throw new UnauthenticatedError('The Authorization header must be "Bearer <project API key>".');
    return authenticateApiKey(services.database, match[1]);
  }
  const actor = await findSessionActor(services.auth, request.headers);
  if (actor) assertSameOrigin(request, services.environment.YARDSTICK_URL);
  return actor;
}

export async function requireActor(request: Request, services: TServices): Promise<TActor> {
  const actor = await findActor(request, services);
  if (!actor) throw new UnauthenticatedError();
  return actor;
}
