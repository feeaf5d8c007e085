import type { Invitation } from '@yardstick/db';

export interface TInvitationView {
  id: string;
  role: Invitation['role'];
  email: string | null;
  status: 'pending' | 'accepted' | 'revoked' | 'expired';
  expiresAt: string;
  createdAt: string;
}

export function invitationStatus(invitation: Invitation, now = new Date()): TInvitationView['status'] {
  if (invitation.acceptedAt) return 'accepted';
  if (invitation.revokedAt) return 'revoked';
  if (invitation.expiresAt <= now) return 'expired';
  return 'pending';
}

export function toInvitationView(invitation: Invitation): TInvitationView {
  return {
    id: invitation.id,
    role: invitation.role,
    email: invitation.email,
    status: invitationStatus(invitation),
    expiresAt: invitation.expiresAt.toISOString(),
    createdAt: invitation.createdAt.toISOString(),
  };
}
