import type { TDatabase } from '@yardstick/db';
import { z } from 'zod';
import type { TAuth } from '../auth/auth';
import { signUpWithPassword, type TSignedUp } from '../auth/sign-up';
import { ConflictError } from '../errors/app-error';

export const ZCreateOwner = z.object({
  organizationName: z.string().trim().min(1, 'is required').max(100),
  name: z.string().trim().min(1, 'is required').max(100),
  email: z.email('must be an email address').max(254),
  password: z.string().min(8, 'must be at least 8 characters').max(256),
});
export type TCreateOwner = z.infer<typeof ZCreateOwner>;

export async function isSetUp(database: TDatabase): Promise<boolean> {
  return (await database.organization.count()) > 0;
}

/** The first visitor becomes the owner of the installation's organization. Only once. */
export async function createOwner(
  dependencies: { database: TDatabase; auth: TAuth },
  input: TCreateOwner,
  requestHeaders: Headers,
): Promise<TSignedUp & { organizationId: string }> {
  const { database, auth } = dependencies;
  if (await isSetUp(database)) throw new ConflictError('Yardstick is already set up: sign in instead.');
  const signedUp = await signUpWithPassword(auth, input, requestHeaders);
  const organization = await database.organization.create({
    data: {
      name: input.organizationName,
      memberships: { create: { userId: signedUp.userId, role: 'owner' } },
    },
  });
  return { ...signedUp, organizationId: organization.id };
}
