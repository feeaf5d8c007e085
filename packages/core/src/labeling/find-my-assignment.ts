import type { TDatabase } from '@yardstick/db';
import { ForbiddenError, NotFoundError } from '../errors/app-error';

/** An assignment of the task that belongs to the labeler; someone else's is refused. */
export async function findMyAssignment(
  database: TDatabase,
  taskId: string,
  assignmentId: string,
  userId: string,
) {
  const assignment = await database.labelingAssignment.findFirst({ where: { id: assignmentId, taskId } });
  if (!assignment) throw new NotFoundError('Labeling assignment');
  if (assignment.userId !== userId) {
    throw new ForbiddenError('This item is not assigned to you; you can only rate the items dealt to you.');
  }
  return assignment;
}
