import { AppError, ConflictError, ValidationError } from '../errors/app-error';
import type { TAuth } from './auth';

export interface TSignedUp {
  userId: string;
  /** Set-Cookie headers of the new session, for the web layer to pass on. */
  setCookies: string[];
}

/** Creates a user with Better Auth's own sign-up (hashing, session, cookie) on behalf of a Yardstick flow. */
export async function signUpWithPassword(
  auth: TAuth,
  input: { name: string; email: string; password: string },
  requestHeaders: Headers,
): Promise<TSignedUp> {
  const response = await auth.api.signUpEmail({ body: input, headers: requestHeaders, asResponse: true });
  const body = (await response.json().catch(() => ({}))) as {
    user?: { id: string };
    message?: string;
    code?: string;
  };
  if (!response.ok || !body.user) {
    if (body.code === 'USER_ALREADY_EXISTS' || body.code === 'USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL') {
      throw new ConflictError('An account with this email already exists; sign in instead.');
    }
    if (response.status === 400 || response.status === 422) {
      throw new ValidationError(body.message ?? 'The account details are not valid.');
    }
    throw new AppError('sign_up_failed', 'The account could not be created.', 500, false);
  }
  return { userId: body.user.id, setCookies: response.headers.getSetCookie() };
}
