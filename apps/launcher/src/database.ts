import { join } from 'node:path';
import { startEmbeddedPostgres } from '@yardstick/db/embedded';

export interface TDatabaseHandle {
  databaseUrl: string;
  isEmbedded: boolean;
  stop(): Promise<void>;
}

/** DATABASE_URL when given; otherwise an embedded PostgreSQL with its data under the data directory. */
export async function resolveDatabase(
  directory: string,
  log: (message: string) => void,
): Promise<TDatabaseHandle> {
  if (process.env.DATABASE_URL) {
    return { databaseUrl: process.env.DATABASE_URL, isEmbedded: false, stop: async () => {} };
  }
  const dataDirectory = join(directory, 'postgres');
  log(`DATABASE_URL is not set: starting the embedded PostgreSQL (data in ${dataDirectory}).`);
  const embedded = await startEmbeddedPostgres({
    dataDirectory,
    preferredPort: Number(process.env.YARDSTICK_EMBEDDED_POSTGRES_PORT ?? 54329),
    log: (message) => {
      if (/FATAL|ERROR|PANIC/.test(message)) log(`[postgres] ${message}`);
    },
  });
  return { databaseUrl: embedded.databaseUrl, isEmbedded: true, stop: embedded.stop };
}
