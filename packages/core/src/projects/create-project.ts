import type { TDatabase } from '@yardstick/db';
import { z } from 'zod';
import type { TActor } from '../access/actor';
import { isOrganizationManager } from '../access/roles';
import { ensureEmulatedConnection } from '../connections/built-in-connection';
import { ForbiddenError } from '../errors/app-error';
import { type TProjectView, toProjectView } from './project-view';
import { freeSlug } from './slug';

export const ZProjectName = z.string().trim().min(1, 'is required').max(80, 'must be at most 80 characters');
export const ZCreateProject = z.object({ name: ZProjectName });
export type TCreateProject = z.infer<typeof ZCreateProject>;

export async function createProject(
  database: TDatabase,
  actor: TActor,
  input: TCreateProject,
): Promise<TProjectView> {
  if (actor.kind !== 'user') throw new ForbiddenError('API keys cannot create projects.');
  const membership = await database.membership.findFirst({ where: { userId: actor.userId } });
  if (!membership || !isOrganizationManager(membership.role)) {
    throw new ForbiddenError('Only the owner or an admin of the organization can create projects.');
  }
  const slug = await freeSlug(database, membership.organizationId, input.name);
  const project = await database.project.create({
    data: {
      organizationId: membership.organizationId,
      name: input.name,
      slug,
      members: { create: { userId: actor.userId, role: 'admin' } },
    },
  });
  await ensureEmulatedConnection(database, project.id);
  return toProjectView(project, 'admin');
}
