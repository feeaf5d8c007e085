import type { OrganizationRole, ProjectRole } from '@yardstick/db';

// Project roles from least to most powerful; a permission names the least role that has it.
const projectRoleRank: Record<ProjectRole, number> = { viewer: 0, labeler: 1, member: 2, admin: 3 };

export function hasProjectRole(actual: ProjectRole, least: ProjectRole): boolean {
  return projectRoleRank[actual] >= projectRoleRank[least];
}

export function isOrganizationManager(role: OrganizationRole | undefined): boolean {
  return role === 'owner' || role === 'admin';
}

export const projectRoles: readonly ProjectRole[] = ['admin', 'member', 'labeler', 'viewer'];
