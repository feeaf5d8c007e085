import type { TDatabase } from '@yardstick/db';
import { NotFoundError } from '../errors/app-error';
import { hashSecretToken } from '../tokens/secret-token';
import { invitationStatus } from './invitation-view';

export interface TInvitationPreview {
  organizationName: string;
  projectName: string;
  role: string;
  email: string | null;
  invitedBy: string;
}

/** An invitation that can still be accepted, found by the token in its link. */
export async function findPendingInvitation(database: TDatabase, token: string) {
  const invitation = await database.invitation.findUnique({
    where: { tokenHash: hashSecretToken(token) },
    include: { organization: true, project: true, createdBy: true },
  });
  if (!invitation || invitationStatus(invitation) !== 'pending') {
    throw new NotFoundError(
      'This invitation (it may have expired, been used or been revoked; ask for a new link)',
    );
  }
  return invitation;
}

export async function previewInvitation(database: TDatabase, token: string): Promise<TInvitationPreview> {
  const invitation = await findPendingInvitation(database, token);
  return {
    organizationName: invitation.organization.name,
    projectName: invitation.project.name,
    role: invitation.role,
    email: invitation.email,
    invitedBy: invitation.createdBy.name,
  };
}
