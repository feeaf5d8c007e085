import type { TDatabase } from '@yardstick/db';
import type { TActor } from '../access/actor';
import { findMyAssignment } from './find-my-assignment';
import { requireAssignedTask } from './find-task';
import { labelerItem } from './labeler-item';
import type { TLabelerItemView } from './labeling-types';

/** One of the labeler's own items again (going back to change an answer). */
export async function getMyAssignment(
  database: TDatabase,
  actor: TActor,
  projectId: string,
  taskId: string,
  assignmentId: string,
): Promise<TLabelerItemView> {
  const { task, userId } = await requireAssignedTask(database, actor, projectId, taskId);
  const assignment = await findMyAssignment(database, taskId, assignmentId, userId);
  return labelerItem(database, task, assignment);
}
