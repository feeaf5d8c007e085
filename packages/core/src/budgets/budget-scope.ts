// Who may change which budget: a project's admins its budget; the organization's owner and admins the
// organization-wide one.
import type { TDatabase } from '@yardstick/db';
import type { TActor } from '../access/actor';
import { requireProjectRole } from '../access/project-access';
import { ForbiddenError } from '../errors/app-error';
import { canManageOrganization } from './organization-access';

export async function requireBudgetScope(
  database: TDatabase,
  actor: TActor,
  projectId: string,
  scope: 'project' | 'organization',
): Promise<{ organizationId: string; budgetProjectId: string | null; scopeKey: string }> {
  if (scope === 'project') {
    const access = await requireProjectRole(database, actor, projectId, 'admin');
    return { organizationId: access.organizationId, budgetProjectId: projectId, scopeKey: projectId };
  }
  const access = await requireProjectRole(database, actor, projectId, 'viewer');
  if (!(await canManageOrganization(database, actor, access.organizationId))) {
    throw new ForbiddenError("Only the organization's owner and admins can change the organization budget.");
  }
  return { organizationId: access.organizationId, budgetProjectId: null, scopeKey: 'organization' };
}
