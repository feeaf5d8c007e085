import type { TActor } from '../access/actor';
import type { TAuth } from './auth';

/** The signed-in user behind a request's session cookie, if any. */
export async function findSessionActor(auth: TAuth, headers: Headers): Promise<TActor | undefined> {
  const session = await auth.api.getSession({ headers });
  if (!session) return undefined;
  return { kind: 'user', userId: session.user.id, email: session.user.email, name: session.user.name };
}
