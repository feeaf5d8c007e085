import type { TDatabase } from '@yardstick/db';
import { z } from 'zod';
import type { TActor } from '../access/actor';
import { requireProjectRole } from '../access/project-access';
import { ZProjectName } from './create-project';
import { type TProjectView, toProjectView } from './project-view';

export const ZRenameProject = z.object({ name: ZProjectName });
export type TRenameProject = z.infer<typeof ZRenameProject>;

/** Renames a project. Its id (and so every link to it) stays; the slug is only a label. */
export async function renameProject(
  database: TDatabase,
  actor: TActor,
  projectId: string,
  input: TRenameProject,
): Promise<TProjectView> {
  const access = await requireProjectRole(database, actor, projectId, 'admin');
  const project = await database.project.update({ where: { id: projectId }, data: { name: input.name } });
  return toProjectView(project, access.role);
}
