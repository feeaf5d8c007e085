import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface TLocalSecrets {
  authSecret: string;
  encryptionKey: string;
}

/**
 * Secrets for a local installation, generated once into .yardstick/secrets.json (mode 0600) unless the
 * environment provides them. Losing the file signs everyone out and makes stored provider credentials
 * unreadable, so it is announced when created.
 */
export function localSecrets(directory: string, log: (message: string) => void): TLocalSecrets {
  const file = join(directory, 'secrets.json');
  let stored: Partial<TLocalSecrets> = {};
  if (existsSync(file)) stored = JSON.parse(readFileSync(file, 'utf8')) as Partial<TLocalSecrets>;
  const secrets: TLocalSecrets = {
    authSecret: stored.authSecret ?? randomBytes(32).toString('base64url'),
    encryptionKey: stored.encryptionKey ?? randomBytes(32).toString('base64'),
  };
  if (stored.authSecret !== secrets.authSecret || stored.encryptionKey !== secrets.encryptionKey) {
    writeFileSync(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
    log(
      `Generated the session secret and the credentials encryption key in ${file}. Back it up: without it, stored provider keys cannot be decrypted.`,
    );
  }
  return secrets;
}
