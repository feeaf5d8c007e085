import type { ProviderConnection } from '@yardstick/db';
import { createProviderAdapter, type TConnectionConfig, type TProviderAdapter } from '@yardstick/providers';
import { AppError } from '../errors/app-error';
import { decryptCredentials } from './credentials-cipher';

export interface TAdapterContext {
  encryptionKey: string | undefined;
  /** Where the built-in emulator answers (the "Emulated (offline)" connection). */
  emulatorUrl: string | undefined;
}

/** The provider adapter for a stored connection, with its credentials decrypted in memory only. */
export function connectionConfig(
  connection: ProviderConnection,
  context: TAdapterContext,
): TConnectionConfig {
  const credentials = connection.encryptedCredentials
    ? decryptCredentials(connection.encryptedCredentials, context.encryptionKey)
    : {};
  if (connection.kind === 'emulated') {
    if (!context.emulatorUrl) {
      throw new AppError(
        'emulator_unavailable',
        'The emulated provider is not running (YARDSTICK_EMULATOR_URL is not set).',
        503,
      );
    }
    return {
      kind: 'emulated',
      baseUrl: context.emulatorUrl,
      apiKey: 'emulated',
      maxConcurrency: connection.maxConcurrency,
      timeoutMs: connection.timeoutMs,
    };
  }
  return {
    kind: connection.kind,
    ...credentials,
    ...(connection.baseUrl ? { baseUrl: connection.baseUrl } : {}),
    ...(connection.region ? { region: connection.region } : {}),
    maxConcurrency: connection.maxConcurrency,
    timeoutMs: connection.timeoutMs,
  };
}

const adapters = new Map<string, { updatedAt: number; adapter: TProviderAdapter }>();

/** One adapter per connection and version of it, so its concurrency limit is shared by every caller. */
export function adapterForConnection(
  connection: ProviderConnection,
  context: TAdapterContext,
): TProviderAdapter {
  const cached = adapters.get(connection.id);
  if (cached && cached.updatedAt === connection.updatedAt.getTime()) return cached.adapter;
  const adapter = createProviderAdapter(connectionConfig(connection, context));
  adapters.set(connection.id, { updatedAt: connection.updatedAt.getTime(), adapter });
  return adapter;
}
