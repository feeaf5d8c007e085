import type { ApiKey } from '@yardstick/db';

export interface TApiKeyView {
  id: string;
  name: string;
  role: ApiKey['role'];
  /** The first characters of the key, enough to recognise it; the key itself is never shown again. */
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export function toApiKeyView(apiKey: ApiKey): TApiKeyView {
  return {
    id: apiKey.id,
    name: apiKey.name,
    role: apiKey.role,
    prefix: apiKey.prefix,
    createdAt: apiKey.createdAt.toISOString(),
    lastUsedAt: apiKey.lastUsedAt?.toISOString() ?? null,
    revokedAt: apiKey.revokedAt?.toISOString() ?? null,
  };
}
