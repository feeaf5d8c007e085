import type { TDatabase } from '@yardstick/db';
import type { TActor } from '../access/actor';
import { isOrganizationManager } from '../access/roles';

/** Organization-wide settings (its budget, alert webhooks) belong to its owner and admins; API keys never. */
export async function canManageOrganization(
  database: TDatabase,
  actor: TActor,
  organizationId: string,
): Promise<boolean> {
  if (actor.kind !== 'user') return false;
  const membership = await database.membership.findUnique({
    where: { organizationId_userId: { organizationId, userId: actor.userId } },
  });
  return isOrganizationManager(membership?.role);
}
