import type { TDatabase } from '@yardstick/db';
import type { TActor } from '../access/actor';
import { requireProjectRole } from '../access/project-access';
import { type TInvitationView, toInvitationView } from './invitation-view';

export async function listInvitations(
  database: TDatabase,
  actor: TActor,
  projectId: string,
): Promise<TInvitationView[]> {
  await requireProjectRole(database, actor, projectId, 'admin');
  const invitations = await database.invitation.findMany({
    where: { projectId },
    orderBy: { createdAt: 'desc' },
  });
  return invitations.map(toInvitationView);
}
