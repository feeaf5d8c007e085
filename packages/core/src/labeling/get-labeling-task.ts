import type { TDatabase } from '@yardstick/db';
import type { TActor } from '../access/actor';
import { requireProjectRole } from '../access/project-access';
import { findProjectTask } from './find-task';
import type { TLabelingTaskView } from './labeling-types';
import { toTaskViews } from './task-view';

export async function getLabelingTask(
  database: TDatabase,
  actor: TActor,
  projectId: string,
  taskId: string,
): Promise<TLabelingTaskView> {
  await requireProjectRole(database, actor, projectId, 'viewer');
  const task = await findProjectTask(database, projectId, taskId);
  const [view] = await toTaskViews(database, [task], actor.kind === 'user' ? actor.userId : null);
  return view!;
}
