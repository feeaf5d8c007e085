import type { ProjectRole, TDatabase } from '@yardstick/db';
import { ForbiddenError, NotFoundError } from '../errors/app-error';
import type { TActor } from './actor';
import { hasProjectRole, isOrganizationManager } from './roles';

export interface TProjectAccess {
  projectId: string;
  organizationId: string;
  role: ProjectRole;
}

/**
 * The actor's role in a project. A project the actor does not belong to is reported as not found
 * (never as forbidden), so its existence does not leak.
 */
export async function findProjectRole(
  database: TDatabase,
  actor: TActor,
  projectId: string,
): Promise<TProjectAccess | undefined> {
  if (actor.kind === 'apiKey') {
    if (actor.projectId !== projectId) return undefined;
    const project = await database.project.findUnique({ where: { id: projectId } });
    return project ? { projectId, organizationId: project.organizationId, role: actor.role } : undefined;
  }
  const project = await database.project.findUnique({
    where: { id: projectId },
    include: {
      members: { where: { userId: actor.userId } },
      organization: { include: { memberships: { where: { userId: actor.userId } } } },
    },
  });
  if (!project) return undefined;
  if (isOrganizationManager(project.organization.memberships[0]?.role)) {
    return { projectId, organizationId: project.organizationId, role: 'admin' };
  }
  const membership = project.members[0];
  return membership
    ? { projectId, organizationId: project.organizationId, role: membership.role }
    : undefined;
}

export async function requireProjectRole(
  database: TDatabase,
  actor: TActor,
  projectId: string,
  least: ProjectRole,
): Promise<TProjectAccess> {
  const access = await findProjectRole(database, actor, projectId);
  if (!access) throw new NotFoundError('Project');
  if (!hasProjectRole(access.role, least)) {
    throw new ForbiddenError(`This needs the ${least} role in the project; you are ${access.role}.`);
  }
  return access;
}
