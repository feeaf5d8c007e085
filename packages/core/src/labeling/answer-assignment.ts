// A labeler's answer to one of their items: stars (1–5) with an optional comment, or a skip; either may carry
// a flag with a note for the reviewers. Answering again replaces the answer. The next item is dealt at once.
import type { TDatabase } from '@yardstick/db';
import { z } from 'zod';
import type { TActor } from '../access/actor';
import { dealItem } from './deal-next-item';
import { findMyAssignment } from './find-my-assignment';
import { requireAssignedTask } from './find-task';
import type { TLabelingDeal } from './labeling-types';

const flagFields = {
  isFlagged: z.boolean().default(false),
  flagNote: z.string().trim().max(1000, 'must be at most 1,000 characters').optional(),
};

export const ZAnswerAssignment = z.discriminatedUnion(
  'action',
  [
    z.object({
      action: z.literal('rate'),
      stars: z
        .number({ message: 'must be a whole number of stars from 1 to 5' })
        .int('must be a whole number of stars from 1 to 5')
        .min(1, 'must be a whole number of stars from 1 to 5')
        .max(5, 'must be a whole number of stars from 1 to 5'),
      comment: z.string().trim().max(4000, 'must be at most 4,000 characters').optional(),
      ...flagFields,
    }),
    z.object({ action: z.literal('skip'), ...flagFields }),
  ],
  { message: 'must be "rate" (with stars) or "skip"' },
);
export type TAnswerAssignment = z.input<typeof ZAnswerAssignment>;

export async function answerAssignment(
  database: TDatabase,
  actor: TActor,
  projectId: string,
  taskId: string,
  assignmentId: string,
  input: TAnswerAssignment,
): Promise<TLabelingDeal> {
  const { task, userId } = await requireAssignedTask(database, actor, projectId, taskId);
  const answer = ZAnswerAssignment.parse(input);
  const assignment = await findMyAssignment(database, taskId, assignmentId, userId);
  const item = await database.labelingItem.findUniqueOrThrow({ where: { id: assignment.itemId } });
  const now = new Date();
  await database.$transaction(async (transaction) => {
    if (answer.action === 'rate') {
      const comment = answer.comment || null;
      await transaction.rating.upsert({
        where: { labelingAssignmentId: assignment.id },
        create: {
          completionId: item.completionId,
          userId,
          kind: 'stars',
          value: answer.stars,
          comment,
          labelingTaskId: taskId,
          labelingAssignmentId: assignment.id,
        },
        update: { value: answer.stars, comment },
      });
    } else {
      await transaction.rating.deleteMany({ where: { labelingAssignmentId: assignment.id } });
    }
    await transaction.labelingAssignment.update({
      where: { id: assignment.id },
      data: {
        status: answer.action === 'rate' ? 'submitted' : 'skipped',
        isFlagged: answer.isFlagged,
        flagNote: answer.isFlagged ? answer.flagNote || null : null,
        answeredAt: assignment.answeredAt ?? now,
      },
    });
  });
  return dealItem(database, task, userId);
}
