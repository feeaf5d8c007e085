// One semaphore per connection (same provider, endpoint and credentials), shared by every adapter created for
// it, so the concurrency limit protects the account's rate limit however many adapters the app builds.
import { createHash } from 'node:crypto';
import type { TConnectionConfig } from '../types';
import { Semaphore, type TSemaphoreStats } from './semaphore';

export const DEFAULT_MAX_CONCURRENCY = 8;

const semaphores = new Map<string, Semaphore>();

function connectionKey(connection: TConnectionConfig): string {
  // Credentials are hashed so the registry never holds a secret in its keys.
  const credential = createHash('sha256')
    .update(`${connection.apiKey ?? ''}\u0000${connection.accessKeyId ?? ''}`)
    .digest('hex');
  return [connection.kind, connection.baseUrl ?? '', connection.region ?? '', credential].join('\u0000');
}

/** The connection's semaphore; the latest configured limit wins when adapters disagree. */
export function semaphoreForConnection(connection: TConnectionConfig): Semaphore {
  const key = connectionKey(connection);
  const limit = connection.maxConcurrency ?? DEFAULT_MAX_CONCURRENCY;
  const existing = semaphores.get(key);
  if (existing) {
    if (existing.stats.limit !== limit) {
      existing.setLimit(limit);
    }
    return existing;
  }
  const created = new Semaphore(limit);
  semaphores.set(key, created);
  return created;
}

/** In-flight counts for a connection, including the high-water mark since it was created or last reset. */
export function getConnectionConcurrencyStats(connection: TConnectionConfig): TSemaphoreStats {
  const semaphore = semaphores.get(connectionKey(connection));
  const limit = connection.maxConcurrency ?? DEFAULT_MAX_CONCURRENCY;
  return semaphore?.stats ?? { limit, inFlight: 0, waiting: 0, maxInFlight: 0 };
}

export function resetConnectionConcurrencyHighWaterMark(connection: TConnectionConfig): void {
  semaphores.get(connectionKey(connection))?.resetMaxInFlight();
}
