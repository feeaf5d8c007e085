import { startStack } from '../../test/support/stack';

export default async function globalSetup() {
  const stack = await startStack('e2e');
  process.env.E2E_BASE_URL = stack.baseUrl;
  return () => stack.stop();
}
