// Authentication is Better Auth's job: email + password (scrypt hashes), database sessions in an
// httpOnly cookie, and its origin check against CSRF. Yardstick decides who may sign up (see setup/ and
// invitations/); the public sign-up endpoint is closed in the web app's auth route.
import type { TDatabase } from '@yardstick/db';
import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';

export function createAuth(options: { database: TDatabase; baseUrl: string; secret: string }) {
  return betterAuth({
    appName: 'Yardstick',
    baseURL: options.baseUrl,
    secret: options.secret,
    database: prismaAdapter(options.database, { provider: 'postgresql' }),
    emailAndPassword: { enabled: true, minPasswordLength: 8, maxPasswordLength: 256, autoSignIn: true },
    session: { expiresIn: 60 * 60 * 24 * 14, updateAge: 60 * 60 * 24 },
    trustedOrigins: [new URL(options.baseUrl).origin],
    telemetry: { enabled: false },
    advanced: { useSecureCookies: options.baseUrl.startsWith('https://') },
  });
}

export type TAuth = ReturnType<typeof createAuth>;
