// Creates prisma/migrations/<timestamp>_<name>/migration.sql: the SQL from the schema as of the last
// migration to prisma/schema.prisma. Each migration folder keeps a snapshot of the schema it produces
// (schema.prisma), so the diff needs no database and no native engine.
// Usage: pnpm --filter @yardstick/db migration:new <name>   (DATABASE_URL: a reachable Postgres, read only)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DiffTarget } from '@prisma/schema-engine-wasm';
import { migrationsDirectory, openSchemaEngine, readMigrationList, readSchema } from '../src/migrations';

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('Usage: migration:new <name>  (lower-case letters, digits and underscores)');
  process.exit(2);
}

const schema = readSchema();
const folders = readMigrationList().migrationDirectories.map((directory) => directory.path);
const lastFolder = folders.at(-1);
let from: DiffTarget = { tag: 'empty' };
if (lastFolder) {
  const snapshotPath = join(migrationsDirectory, lastFolder, 'schema.prisma');
  if (!existsSync(snapshotPath)) {
    console.error(`${snapshotPath} is missing: every migration folder keeps the schema it produces.`);
    process.exit(1);
  }
  from = {
    tag: 'schemaDatamodel',
    files: [{ path: snapshotPath, content: readFileSync(snapshotPath, 'utf8') }],
  };
}

// The engine connects when it starts (any reachable Postgres will do; a datamodel diff writes nothing).
const { engine, close } = await openSchemaEngine(
  process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres',
  schema,
);
const diff = await engine.diff({
  from,
  to: { tag: 'schemaDatamodel', files: [schema] },
  script: true,
  exitCode: null,
  filters: { externalTables: [], externalEnums: [] },
});
await close();

const script = diff.stdout?.trim() ?? '';
if (script === '' || script.startsWith('-- This is an empty migration')) {
  process.stdout.write('The schema matches the migrations: nothing to create.\n');
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const folder = join(migrationsDirectory, `${stamp}_${name}`);
mkdirSync(folder, { recursive: true });
writeFileSync(join(folder, 'migration.sql'), `${script}\n`);
writeFileSync(join(folder, 'schema.prisma'), schema.content);
writeFileSync(
  join(migrationsDirectory, 'migration_lock.toml'),
  '# Written by packages/db/scripts/new-migration.ts\nprovider = "postgresql"\n',
);
process.stdout.write(`Created ${folder}/migration.sql\n`);
