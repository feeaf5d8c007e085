import type { TDatabase } from '@yardstick/db';
import type { TActor } from '../access/actor';
import { requireProjectRole } from '../access/project-access';
import { type TProjectView, toProjectView } from './project-view';

export async function getProject(
  database: TDatabase,
  actor: TActor,
  projectId: string,
): Promise<TProjectView> {
  const access = await requireProjectRole(database, actor, projectId, 'viewer');
  const project = await database.project.findUniqueOrThrow({ where: { id: projectId } });
  return toProjectView(project, access.role);
}
