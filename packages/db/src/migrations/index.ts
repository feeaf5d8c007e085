import type { MigrationList } from '@prisma/schema-engine-wasm';
import { readMigrationList, readSchema } from './files';
import { openSchemaEngine, withSchemaEngineLock } from './schema-engine';

export { migrationsDirectory, readMigrationList, readSchema } from './files';
export { openSchemaEngine, withSchemaEngineLock } from './schema-engine';

const noFilters = { externalTables: [], externalEnums: [] };

/**
 * Applies every migration in prisma/migrations that the database has not seen yet, in order.
 * Forward-only and idempotent: a second call applies nothing. Used by `pnpm start`, the worker and tests.
 */
export function applyMigrations(
  databaseUrl: string,
  migrationsList: MigrationList = readMigrationList(),
): Promise<{ applied: string[] }> {
  return withSchemaEngineLock(async () => {
    const { engine, close } = await openSchemaEngine(databaseUrl, readSchema());
    try {
      const result = await engine.applyMigrations({
        migrationsList,
        filters: noFilters,
      });
      return { applied: result.appliedMigrationNames };
    } finally {
      await close();
    }
  });
}
