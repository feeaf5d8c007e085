import type { TDatabase } from '@yardstick/db';
import type { TActor } from '../access/actor';
import { isOrganizationManager } from '../access/roles';
import { type TProjectView, toProjectView } from './project-view';

/** The projects an actor may see: all of the organization's for its owner and admins, else their own. */
export async function listProjects(database: TDatabase, actor: TActor): Promise<TProjectView[]> {
  if (actor.kind === 'apiKey') {
    const project = await database.project.findUnique({ where: { id: actor.projectId } });
    return project ? [toProjectView(project, actor.role)] : [];
  }
  const memberships = await database.membership.findMany({ where: { userId: actor.userId } });
  const managedOrganizations = memberships
    .filter((membership) => isOrganizationManager(membership.role))
    .map((membership) => membership.organizationId);
  const projects = await database.project.findMany({
    where: {
      OR: [{ organizationId: { in: managedOrganizations } }, { members: { some: { userId: actor.userId } } }],
    },
    include: { members: { where: { userId: actor.userId } } },
    orderBy: { name: 'asc' },
  });
  return projects.map((project) =>
    toProjectView(
      project,
      managedOrganizations.includes(project.organizationId)
        ? 'admin'
        : (project.members[0]?.role ?? 'viewer'),
    ),
  );
}
