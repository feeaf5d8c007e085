// Credentials at rest: what is stored reveals neither the secret nor the key, and a tampered value or the
// wrong key is refused with the one clear error, never garbage or a crash.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decryptCredentials, encryptCredentials, maskSecret } from '../../src/connections/credentials-cipher';
import { sealCredentials } from '../../src/connections/seal-credentials';
import { AppError } from '../../src/errors/app-error';

const key = randomBytes(32).toString('base64');
const secret = 'sk-proj-0123456789abcdefghijklmnopqrstuv';

function errorOf(action: () => unknown): AppError {
  try {
    action();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('credentials cipher', () => {
  it('round-trips, and the stored text contains neither the secret nor the key', () => {
    const stored = encryptCredentials({ apiKey: secret }, key);
    expect(stored).toMatch(/^v1\./);
    for (const forbidden of [secret, secret.slice(8, 24), key, Buffer.from(key, 'base64').toString('hex')]) {
      expect(stored).not.toContain(forbidden);
    }
    expect(decryptCredentials(stored, key)).toEqual({ apiKey: secret });
  });

  it('gives the same secret a different ciphertext each time (random IV)', () => {
    expect(encryptCredentials({ apiKey: secret }, key)).not.toBe(encryptCredentials({ apiKey: secret }, key));
  });

  it('accepts a hex key too', () => {
    const hexKey = randomBytes(32).toString('hex');
    expect(decryptCredentials(encryptCredentials({ apiKey: secret }, hexKey), hexKey)).toEqual({
      apiKey: secret,
    });
  });

  it('refuses a tampered ciphertext with the clear error', () => {
    const [version, iv, tag, ciphertext] = encryptCredentials({ apiKey: secret }, key).split('.');
    const flipped = `${ciphertext!.slice(0, 4)}${ciphertext![4] === 'A' ? 'B' : 'A'}${ciphertext!.slice(5)}`;
    for (const tampered of [
      `${version}.${iv}.${tag}.${flipped}`,
      `${version}.${iv}.${tag}`,
      'not-a-ciphertext',
    ]) {
      const error = errorOf(() => decryptCredentials(tampered, key));
      expect(error.code).toBe('credentials_unreadable');
      expect(error.message).toMatch(/cannot be decrypted/);
      expect(error.message).not.toContain(secret);
    }
  });

  it('refuses the wrong key with the same clear error', () => {
    const stored = encryptCredentials({ apiKey: secret }, key);
    const error = errorOf(() => decryptCredentials(stored, randomBytes(32).toString('base64')));
    expect(error.code).toBe('credentials_unreadable');
    expect(error.message).toMatch(/YARDSTICK_ENCRYPTION_KEY is not the key they were saved with/);
  });

  it('says what to do when the key is missing or malformed', () => {
    expect(errorOf(() => encryptCredentials({ apiKey: secret }, undefined)).code).toBe(
      'encryption_key_missing',
    );
    expect(errorOf(() => encryptCredentials({ apiKey: secret }, '')).message).toMatch(
      /openssl rand -base64 32/,
    );
    const short = errorOf(() => decryptCredentials('v1.a.b.c', randomBytes(16).toString('base64')));
    expect(short.code).toBe('encryption_key_invalid');
  });

  it('masks secrets to a recognisable hint', () => {
    expect(maskSecret('sk-test-abcd1234')).toBe('sk-…1234');
    expect(maskSecret('AKIAIOSFODNN7EXAMPLE')).toBe('AKI…MPLE');
    expect(maskSecret('short')).toBe('…');
  });

  it('seals only the credentials given, with the hint of the recognisable one', () => {
    const sealed = sealCredentials(
      { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG' },
      key,
    );
    expect(sealed.credentialHint).toBe('AKI…MPLE');
    expect(sealed.encryptedCredentials).not.toContain('wJalrXUtnFEMI');
    expect(decryptCredentials(sealed.encryptedCredentials!, key)).toEqual({
      accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
      secretAccessKey: 'wJalrXUtnFEMI/K7MDENG',
    });
    expect(sealCredentials({}, undefined)).toEqual({ encryptedCredentials: null, credentialHint: null });
  });
});
