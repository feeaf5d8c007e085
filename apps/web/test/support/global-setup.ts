// One running Yardstick for the API integration tests, with its owner already set up.
import type { TestProject } from 'vitest/node';
import { HttpClient } from './http-client';
import { startStack } from './stack';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    databaseUrl: string;
    /** The stack's YARDSTICK_ENCRYPTION_KEY, to check what is stored with it. */
    encryptionKey: string;
    /** Where the stack's emulator answers (OpenAI-compatible API under /v1). */
    emulatorUrl: string;
    /** Environment for an extra worker process on the same stack. */
    workerEnvironment: Record<string, string>;
    owner: { email: string; password: string };
    /** The owner's session cookie: tests reuse it rather than sign in again (sign-in is rate limited). */
    ownerCookie: string;
  }
}

export default async function setup(project: TestProject) {
  const stack = await startStack('web');
  const owner = { email: 'owner@example.com', password: 'owner-password-1' };
  const client = new HttpClient(stack.baseUrl);
  const response = await client.post('/api/v1/setup', {
    organizationName: 'Test Organization',
    name: 'Owen Owner',
    ...owner,
  });
  if (response.status !== 201) throw new Error(`Setup failed: ${response.status} ${await response.text()}`);
  const ownerCookie = response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0])
    .join('; ');
  project.provide('baseUrl', stack.baseUrl);
  project.provide('databaseUrl', stack.databaseUrl);
  project.provide('encryptionKey', stack.encryptionKey);
  project.provide('emulatorUrl', stack.emulatorUrl);
  project.provide('workerEnvironment', stack.workerEnvironment);
  project.provide('owner', owner);
  project.provide('ownerCookie', ownerCookie);
  return () => stack.stop();
}
