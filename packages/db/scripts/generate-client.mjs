// Generates the Prisma client (`prisma generate`) without network access.
// Prisma 7's client needs no native engine (WASM query compiler + the pg driver adapter), but its CLI
// still wants to download the native schema engine before generating. Generation never runs that
// engine, so we point PRISMA_SCHEMA_ENGINE_BINARY at a stand-in that refuses to run: migrations
// go through the WASM schema engine in src/migrations instead (see README "Database").
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDirectory = join(dirname(fileURLToPath(import.meta.url)), '..');
const standIn = join(packageDirectory, 'scripts', 'schema-engine-stand-in.sh');
if (existsSync(standIn)) chmodSync(standIn, 0o755);

const result = spawnSync('pnpm', ['exec', 'prisma', 'generate'], {
  cwd: packageDirectory,
  stdio: 'inherit',
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? standIn,
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
    CHECKPOINT_DISABLE: '1',
  },
});
process.exit(result.status ?? 1);
