// Provider credentials at rest: AES-256-GCM with a key from YARDSTICK_ENCRYPTION_KEY (32 bytes, base64 or hex).
// The stored text is "v1.<iv>.<tag>.<ciphertext>" (base64url parts); a tampered text fails authentication.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { AppError } from '../errors/app-error';

export interface TCredentials {
  apiKey?: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  sessionToken?: string;
}

function parseKey(encoded: string | undefined): Buffer {
  if (!encoded) {
    throw new AppError(
      'encryption_key_missing',
      'YARDSTICK_ENCRYPTION_KEY is not set, so provider credentials cannot be stored or read. Set it to 32 random bytes (openssl rand -base64 32); `pnpm start` generates one into .yardstick/secrets.json.',
      500,
    );
  }
  const key = /^[0-9a-f]{64}$/i.test(encoded) ? Buffer.from(encoded, 'hex') : Buffer.from(encoded, 'base64');
  if (key.length !== 32) {
    throw new AppError(
      'encryption_key_invalid',
      'YARDSTICK_ENCRYPTION_KEY must be 32 bytes, written as base64 (44 characters) or hex (64 characters).',
      500,
    );
  }
  return key;
}

export function encryptCredentials(credentials: TCredentials, encodedKey: string | undefined): string {
  const key = parseKey(encodedKey);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const ciphertext = Buffer.concat([cipher.update(JSON.stringify(credentials), 'utf8'), cipher.final()]);
  return ['v1', iv, cipher.getAuthTag(), ciphertext]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join('.');
}

export function decryptCredentials(stored: string, encodedKey: string | undefined): TCredentials {
  const key = parseKey(encodedKey);
  const [version, iv, tag, ciphertext] = stored.split('.');
  try {
    if (version !== 'v1' || !iv || !tag || !ciphertext) throw new Error('unknown format');
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    const plain = Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]);
    return JSON.parse(plain.toString('utf8')) as TCredentials;
  } catch {
    throw new AppError(
      'credentials_unreadable',
      'The stored credentials of this connection cannot be decrypted: YARDSTICK_ENCRYPTION_KEY is not the key they were saved with, or the stored value was altered. Restore the key, or enter the credentials again.',
      500,
    );
  }
}

/** What may be shown of a secret: its first characters and last four, e.g. "sk-…abcd". */
export function maskSecret(secret: string): string {
  if (secret.length <= 8) return '…';
  const prefix = /^[a-z]+[-_]/i.exec(secret)?.[0] ?? secret.slice(0, 3);
  return `${prefix}…${secret.slice(-4)}`;
}
