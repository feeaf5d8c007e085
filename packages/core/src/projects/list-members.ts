import type { ProjectRole, TDatabase } from '@yardstick/db';
import type { TActor } from '../access/actor';
import { requireProjectRole } from '../access/project-access';
import { isOrganizationManager } from '../access/roles';

export interface TMemberView {
  userId: string;
  name: string;
  email: string;
  role: ProjectRole;
  /** Organization owners and admins are admins of every project. */
  isOrganizationManager: boolean;
}

export async function listMembers(
  database: TDatabase,
  actor: TActor,
  projectId: string,
): Promise<TMemberView[]> {
  const access = await requireProjectRole(database, actor, projectId, 'viewer');
  const [members, managers] = await Promise.all([
    database.projectMember.findMany({ where: { projectId }, include: { user: true } }),
    database.membership.findMany({
      where: { organizationId: access.organizationId, role: { in: ['owner', 'admin'] } },
      include: { user: true },
    }),
  ]);
  const byUser = new Map<string, TMemberView>();
  for (const member of members) {
    byUser.set(member.userId, {
      userId: member.userId,
      name: member.user.name,
      email: member.user.email,
      role: member.role,
      isOrganizationManager: false,
    });
  }
  for (const manager of managers.filter((membership) => isOrganizationManager(membership.role))) {
    byUser.set(manager.userId, {
      userId: manager.userId,
      name: manager.user.name,
      email: manager.user.email,
      role: 'admin',
      isOrganizationManager: true,
    });
  }
  return [...byUser.values()].sort((left, right) => left.name.localeCompare(right.name));
}
