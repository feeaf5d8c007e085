import 'server-only';
import { findSessionActor, isSetUp, type TActor } from '@yardstick/core/server';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { services } from './services';

/** The signed-in user for a page, or a redirect to setup (first run) or sign-in. */
export async function requireSignedInUser(): Promise<Extract<TActor, { kind: 'user' }>> {
  const { auth, database } = services();
  const actor = await findSessionActor(auth, await headers());
  if (actor?.kind === 'user') return actor;
  redirect((await isSetUp(database)) ? '/sign-in' : '/setup');
}
