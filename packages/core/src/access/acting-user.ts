import type { TActor } from './actor';

/** The person behind an actor: the signed-in user, or whoever created the API key. Recorded as "created by". */
export function actingUserId(actor: TActor): string {
  return actor.kind === 'user' ? actor.userId : actor.createdById;
}
