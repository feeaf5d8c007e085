import type { TDatabase } from '@yardstick/db';
import type { TActor } from '../access/actor';
import { requireProjectRole } from '../access/project-access';
import type { TLabelingTaskView } from './labeling-types';
import { toTaskViews } from './task-view';

/** The project's labeling tasks, newest first; a labeler sees the ones assigned to them. */
export async function listLabelingTasks(
  database: TDatabase,
  actor: TActor,
  projectId: string,
): Promise<TLabelingTaskView[]> {
  const access = await requireProjectRole(database, actor, projectId, 'viewer');
  const viewerId = actor.kind === 'user' ? actor.userId : null;
  const tasks = await database.labelingTask.findMany({
    where: {
      projectId,
      ...(access.role === 'labeler' ? { assignees: { some: { userId: viewerId ?? '' } } } : {}),
    },
    orderBy: { createdAt: 'desc' },
  });
  return toTaskViews(database, tasks, viewerId);
}
