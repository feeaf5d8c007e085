// `pnpm --filter @yardstick/db migrate`: applies pending migrations to DATABASE_URL (or the URL given).
import { applyMigrations } from './index';

const databaseUrl = process.argv[2] ?? process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error('Usage: migrate [postgresql://…]  (or set DATABASE_URL)');
  process.exit(2);
}
try {
  const { applied } = await applyMigrations(databaseUrl);
  process.stdout.write(applied.length > 0 ? `Applied: ${applied.join(', ')}\n` : 'Nothing to apply.\n');
  process.exit(0);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
