import type { TDatabase } from '@yardstick/db';
import { z } from 'zod';
import type { TActor } from '../access/actor';
import { requireProjectRole } from '../access/project-access';
import { ForbiddenError } from '../errors/app-error';
import { createSecretToken, hashSecretToken } from '../tokens/secret-token';
import { type TInvitationView, toInvitationView } from './invitation-view';

export const ZCreateInvitation = z.object({
  role: z.enum(['admin', 'member', 'labeler', 'viewer'], {
    message: 'must be admin, member, labeler or viewer',
  }),
  email: z.email('must be an email address').optional(),
  expiresInDays: z.number().int().min(1).max(30).default(7),
});
export type TCreateInvitation = z.input<typeof ZCreateInvitation>;

/** An invitation link: shown once, valid for one account, until it expires or is revoked. */
export async function createInvitation(
  dependencies: { database: TDatabase; baseUrl: string },
  actor: TActor,
  projectId: string,
  input: TCreateInvitation,
): Promise<TInvitationView & { link: string }> {
  const { database, baseUrl } = dependencies;
  if (actor.kind !== 'user') throw new ForbiddenError('Invitations are created by people, not API keys.');
  const access = await requireProjectRole(database, actor, projectId, 'admin');
  const parsed = ZCreateInvitation.parse(input);
  const token = createSecretToken('ysi_');
  const invitation = await database.invitation.create({
    data: {
      organizationId: access.organizationId,
      projectId,
      role: parsed.role,
      email: parsed.email?.toLowerCase(),
      tokenHash: hashSecretToken(token),
      createdById: actor.userId,
      expiresAt: new Date(Date.now() + parsed.expiresInDays * 24 * 60 * 60 * 1000),
    },
  });
  return { ...toInvitationView(invitation), link: new URL(`/invite/${token}`, baseUrl).toString() };
}
