import type { TDatabase } from '@yardstick/db';
import type { TActor } from '../access/actor';
import { isOrganizationManager } from '../access/roles';
import { ForbiddenError } from '../errors/app-error';

// The catalog is shared by every project, so its prices are the organization's to set, not one project's.
export async function canManageCatalog(database: TDatabase, actor: TActor): Promise<boolean> {
  if (actor.kind !== 'user') return false;
  const memberships = await database.membership.findMany({
    where: { userId: actor.userId },
    select: { role: true },
  });
  return memberships.some((membership) => isOrganizationManager(membership.role));
}

export async function requireCatalogManager(
  database: TDatabase,
  actor: TActor,
): Promise<Extract<TActor, { kind: 'user' }>> {
  if (actor.kind !== 'user' || !(await canManageCatalog(database, actor))) {
    throw new ForbiddenError('Only the owner or an admin of the organization can change the model catalog.');
  }
  return actor;
}
