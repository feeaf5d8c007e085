import type { TDatabase } from '@yardstick/db';
import { z } from 'zod';
import type { TActor } from '../access/actor';
import { requireProjectRole } from '../access/project-access';
import { ForbiddenError, NotFoundError, ValidationError } from '../errors/app-error';
import type { TRatingView } from './comparison-types';
import { loadComparisonView } from './comparison-view';

export const ZRateCompletion = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('thumbs'),
    completionId: z.string().min(1).max(64),
    value: z.union([z.literal(1), z.literal(-1)], { message: 'must be 1 (thumbs up) or -1 (thumbs down)' }),
  }),
  z.strictObject({
    kind: z.literal('pairwise'),
    /** The better cell; for a tie, either one. */
    completionId: z.string().min(1).max(64),
    otherCompletionId: z.string().min(1).max(64),
    value: z.union([z.literal(1), z.literal(0)], { message: 'must be 1 (better) or 0 (tie)' }),
  }),
]);
export type TRateCompletion = z.infer<typeof ZRateCompletion>;

/**
 * Quick feedback on a comparison: thumbs up/down on a cell, or "this one is better"/"tie" between two cells of a
 * row. One rating per person per cell (or pair): rating again replaces it.
 */
export async function rateCompletion(
  database: TDatabase,
  actor: TActor,
  projectId: string,
  comparisonId: string,
  input: TRateCompletion,
): Promise<TRatingView[]> {
  if (actor.kind !== 'user') throw new ForbiddenError('Ratings are given by people, not by API keys.');
  await requireProjectRole(database, actor, projectId, 'labeler');
  const rating = ZRateCompletion.parse(input);
  const ids =
    rating.kind === 'pairwise' ? [rating.completionId, rating.otherCompletionId] : [rating.completionId];
  const cells = await database.completion.findMany({ where: { id: { in: ids }, comparisonId, projectId } });
  if (cells.length !== new Set(ids).size) throw new NotFoundError('Cell');
  if (rating.kind === 'pairwise') {
    if (rating.otherCompletionId === rating.completionId) {
      throw new ValidationError('A cell cannot be compared with itself; pick two cells.', [
        { field: 'body.otherCompletionId', message: 'must be another cell' },
      ]);
    }
    if (cells[0]!.rowIndex !== cells[1]!.rowIndex) {
      throw new ValidationError('Compare two cells of the same row (the same prompt).', [
        { field: 'body.otherCompletionId', message: 'must be in the same row' },
      ]);
    }
  }
  const existing =
    rating.kind === 'thumbs'
      ? { kind: 'thumbs' as const, completionId: rating.completionId }
      : {
          kind: 'pairwise' as const,
          OR: [
            { completionId: rating.completionId, otherCompletionId: rating.otherCompletionId },
            { completionId: rating.otherCompletionId, otherCompletionId: rating.completionId },
          ],
        };
  await database.$transaction([
    database.rating.deleteMany({ where: { userId: actor.userId, ...existing } }),
    database.rating.create({
      data: {
        userId: actor.userId,
        kind: rating.kind,
        value: rating.value,
        completionId: rating.completionId,
        otherCompletionId: rating.kind === 'pairwise' ? rating.otherCompletionId : null,
      },
    }),
  ]);
  return (await loadComparisonView(database, projectId, comparisonId)).ratings;
}
