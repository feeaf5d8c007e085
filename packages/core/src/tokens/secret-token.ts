import { createHash, randomBytes } from 'node:crypto';

/** A random bearer secret with a readable prefix (`ys_…` API keys, `ysi_…` invitations). */
export function createSecretToken(prefix: string): string {
  return `${prefix}${randomBytes(24).toString('base64url')}`;
}

// The tokens carry 192 random bits, so a fast hash is enough to make a stolen table useless;
// slow password hashes are for guessable secrets.
export function hashSecretToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
