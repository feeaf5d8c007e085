import { startStack } from '../../test/support/stack';

export default async function globalSetup() {
  const stack = await startStack('e2e');
  process.env.E2E_BASE_URL = stack.baseUrl;
  // For specs that seed data the UI cannot create yet (e.g. usage events for the costs page).
  process.env.E2E_DATABASE_URL = stack.databaseUrl;
  return () => stack.stop();
}
