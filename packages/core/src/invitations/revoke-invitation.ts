import type { TDatabase } from '@yardstick/db';
import type { TActor } from '../access/actor';
import { requireProjectRole } from '../access/project-access';
import { NotFoundError } from '../errors/app-error';

export async function revokeInvitation(
  database: TDatabase,
  actor: TActor,
  projectId: string,
  invitationId: string,
): Promise<void> {
  await requireProjectRole(database, actor, projectId, 'admin');
  const { count } = await database.invitation.updateMany({
    where: { id: invitationId, projectId, acceptedAt: null, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (count === 0) throw new NotFoundError('Pending invitation');
}
