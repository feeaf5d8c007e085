import type { TDatabase } from '@yardstick/db';
import type { TActor } from '../access/actor';
import { requireProjectRole } from '../access/project-access';
import { ForbiddenError, NotFoundError } from '../errors/app-error';

/** Takes back one's own rating. */
export async function removeRating(
  database: TDatabase,
  actor: TActor,
  projectId: string,
  comparisonId: string,
  ratingId: string,
): Promise<void> {
  if (actor.kind !== 'user') throw new ForbiddenError('Ratings are given by people, not by API keys.');
  await requireProjectRole(database, actor, projectId, 'labeler');
  const { count } = await database.rating.deleteMany({
    where: { id: ratingId, userId: actor.userId, completion: { comparisonId, projectId } },
  });
  if (count === 0) throw new NotFoundError('Your rating');
}
