import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createDatabaseClient } from '../src';
import { applyMigrations, readMigrationList } from '../src/migrations';

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
});
