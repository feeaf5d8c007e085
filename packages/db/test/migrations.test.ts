import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createDatabaseClient } from '../src';
import { applyMigrations, readMigrationList } from '../src/migrations';
import { createFreshDatabase } from '../src/testing/fresh-database';

describe('migrations', () => {
  const databaseUrl = inject('databaseUrl');
  const database = createDatabaseClient(databaseUrl);
  afterAll(() => database.$disconnect());

  it('records every migration folder as applied, once', async () => {
    const folders = readMigrationList().migrationDirectories.map((directory) => directory.path);
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    const history = await client.query<{ migration_name: string }>(
      'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name',
    );
    await client.end();
    expect(history.rows.map((row) => row.migration_name)).toEqual(folders);
  });

  it('applies nothing the second time', async () => {
    expect(await applyMigrations(databaseUrl)).toEqual({ applied: [] });
  });

  it('gives a working Prisma client over the pg driver adapter', async () => {
    const organization = await database.organization.create({ data: { name: 'Acme' } });
    const project = await database.project.create({
      data: { organizationId: organization.id, name: 'Search', slug: 'search' },
    });
    const found = await database.project.findUniqueOrThrow({
      where: { organizationId_slug: { organizationId: organization.id, slug: 'search' } },
    });
    expect(found.id).toBe(project.id);
  });

  it('runs a script whole: semicolons in comments, strings and function bodies do not split it', async () => {
    const fresh = await createFreshDatabase(undefined, 'migration_script');
    try {
      const list = readMigrationList();
      const script = [
        '-- A comment; with a semicolon in it.',
        `CREATE TABLE "ScriptCheck" ("note" TEXT NOT NULL DEFAULT 'a;b');`,
        'CREATE FUNCTION script_check_note() RETURNS trigger AS $$',
        `BEGIN NEW."note" := NEW."note" || ';c'; RETURN NEW; END;`,
        '$$ LANGUAGE plpgsql;',
        'CREATE TRIGGER "ScriptCheck_note" BEFORE INSERT ON "ScriptCheck"',
        '  FOR EACH ROW EXECUTE FUNCTION script_check_note();',
      ].join('\n');
      list.migrationDirectories.push({
        path: '29991231000000_script_check',
        migrationFile: { path: 'migration.sql', content: { tag: 'ok', value: script } },
      });
      expect(await applyMigrations(fresh.databaseUrl, list)).toEqual({
        applied: ['29991231000000_script_check'],
      });
      const client = new pg.Client({ connectionString: fresh.databaseUrl });
      await client.connect();
      const inserted = await client.query<{ note: string }>(
        'INSERT INTO "ScriptCheck" DEFAULT VALUES RETURNING "note"',
      );
      await client.end();
      expect(inserted.rows[0]!.note).toBe('a;b;c');
    } finally {
      await fresh.drop();
    }
  });
});
