import type { TDatabase } from '@yardstick/db';
import { z } from 'zod';
import type { TActor } from '../access/actor';
import { hasProjectRole } from '../access/roles';
import type { TAuth } from '../auth/auth';
import { signUpWithPassword } from '../auth/sign-up';
import { ForbiddenError, NotFoundError, ValidationError } from '../errors/app-error';
import { findPendingInvitation } from './find-invitation';

export const ZAcceptInvitation = z.object({
  name: z.string().trim().min(1, 'is required').max(100).optional(),
  email: z.email('must be an email address').max(254).optional(),
  password: z.string().min(8, 'must be at least 8 characters').max(256).optional(),
});
export type TAcceptInvitation = z.infer<typeof ZAcceptInvitation>;

/**
 * Accepts an invitation: a signed-in user joins the project; a visitor first creates an account.
 * The invitation is spent by whoever accepts it first (the update is conditional on it being pending).
 */
export async function acceptInvitation(
  dependencies: { database: TDatabase; auth: TAuth },
  actor: TActor | undefined,
  token: string,
  input: TAcceptInvitation,
  requestHeaders: Headers,
): Promise<{ projectId: string; setCookies: string[] }> {
  const { database, auth } = dependencies;
  const invitation = await findPendingInvitation(database, token);
  let userId: string;
  let setCookies: string[] = [];
  if (actor?.kind === 'user') {
    if (invitation.email && invitation.email !== actor.email.toLowerCase()) {
      throw new ForbiddenError(`This invitation is for ${invitation.email}; sign in with that account.`);
    }
    userId = actor.userId;
  } else {
    const email = invitation.email ?? input.email;
    const missing = [
      !input.name && { field: 'name', message: 'is required' },
      !email && { field: 'email', message: 'is required' },
      !input.password && { field: 'password', message: 'is required' },
    ].filter((detail) => detail !== false);
    if (missing.length > 0)
      throw new ValidationError('Create your account to accept the invitation.', missing);
    const signedUp = await signUpWithPassword(
      auth,
      { name: input.name!, email: email!, password: input.password! },
      requestHeaders,
    );
    userId = signedUp.userId;
    setCookies = signedUp.setCookies;
  }

  await database.$transaction(async (transaction) => {
    const { count } = await transaction.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
      data: { acceptedAt: new Date(), acceptedById: userId },
    });
    if (count === 0) throw new NotFoundError('This invitation');
    await transaction.membership.upsert({
      where: { organizationId_userId: { organizationId: invitation.organizationId, userId } },
      create: { organizationId: invitation.organizationId, userId, role: 'member' },
      update: {},
    });
    const existing = await transaction.projectMember.findUnique({
      where: { projectId_userId: { projectId: invitation.projectId, userId } },
    });
    // Accepting never lowers a role someone already has.
    if (!existing) {
      await transaction.projectMember.create({
        data: { projectId: invitation.projectId, userId, role: invitation.role },
      });
    } else if (!hasProjectRole(existing.role, invitation.role)) {
      await transaction.projectMember.update({ where: { id: existing.id }, data: { role: invitation.role } });
    }
  });
  return { projectId: invitation.projectId, setCookies };
}
