import { encryptCredentials, maskSecret, type TCredentials } from './credentials-cipher';

/** The stored form of a connection's credentials: their ciphertext, and the masked hint the UI may show. */
export function sealCredentials(
  credentials: TCredentials,
  encryptionKey: string | undefined,
): { encryptedCredentials: string | null; credentialHint: string | null } {
  const present = Object.fromEntries(
    Object.entries(credentials).filter(([, value]) => typeof value === 'string' && value !== ''),
  ) as TCredentials;
  // An AWS access key id is not secret on its own, but it is the recognisable half of the pair.
  const recognisable = present.apiKey ?? present.accessKeyId;
  if (!recognisable) return { encryptedCredentials: null, credentialHint: null };
  return {
    encryptedCredentials: encryptCredentials(present, encryptionKey),
    credentialHint: maskSecret(recognisable),
  };
}
