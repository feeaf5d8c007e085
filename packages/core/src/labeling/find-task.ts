import type { TDatabase } from '@yardstick/db';
import type { TActor } from '../access/actor';
import { requireProjectRole } from '../access/project-access';
import { ForbiddenError, NotFoundError } from '../errors/app-error';

/** A labeling task of the project, or 404. */
export async function findProjectTask(database: TDatabase, projectId: string, taskId: string) {
  const task = await database.labelingTask.findFirst({ where: { id: taskId, projectId } });
  if (!task) throw new NotFoundError('Labeling task');
  return task;
}

/** The task, for someone about to label it: a labeler (or more) of the project who is one of its assignees. */
export async function requireAssignedTask(
  database: TDatabase,
  actor: TActor,
  projectId: string,
  taskId: string,
) {
  if (actor.kind !== 'user') throw new ForbiddenError('Labeling is done by people, not API keys.');
  await requireProjectRole(database, actor, projectId, 'labeler');
  const task = await findProjectTask(database, projectId, taskId);
  const assignee = await database.labelingAssignee.findUnique({
    where: { taskId_userId: { taskId, userId: actor.userId } },
  });
  if (!assignee)
    throw new ForbiddenError('You are not an assignee of this labeling task; ask its creator to add you.');
  return { task, userId: actor.userId };
}
