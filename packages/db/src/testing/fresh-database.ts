// Test support: a fresh, migrated database on the test PostgreSQL for one test run, dropped afterwards.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { applyMigrations } from '../migrations';

export const defaultTestServerUrl = 'postgresql://postgres@127.0.0.1:5432/postgres';

export interface TFreshDatabase {
  databaseUrl: string;
  drop(): Promise<void>;
}

export async function createFreshDatabase(
  serverUrl = process.env.TEST_DATABASE_URL ?? defaultTestServerUrl,
  label = 'test',
): Promise<TFreshDatabase> {
  const name = `yardstick_${label}_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  await applyMigrations(databaseUrl);
  return {
    databaseUrl,
    drop: async () => {
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await dropper.end();
    },
  };
}
