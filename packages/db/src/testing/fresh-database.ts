// Test support: a fresh, migrated database on the test PostgreSQL for one test run, dropped afterwards.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';

const migrateCli = join(dirname(fileURLToPath(import.meta.url)), '..', 'migrations', 'cli.ts');

// Migrations run in a child process: test runners load modules their own way, and the schema engine's
// WebAssembly crashed when driven from inside Vitest's main process.
async function migrate(databaseUrl: string): Promise<void> {
  await promisify(execFile)(process.execPath, ['--import', 'tsx', migrateCli, databaseUrl], {
    cwd: join(dirname(migrateCli), '..', '..'),
  });
}

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
  await migrate(databaseUrl);
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
