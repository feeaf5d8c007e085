// A missing or wrong YARDSTICK_ENCRYPTION_KEY, against the real database: saving is refused with a message
// that says how to fix it, and a test of a connection saved with another key is a stored, readable result.
import { randomBytes } from 'node:crypto';
import { createDatabaseClient } from '@yardstick/db';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createConnection } from '../../src/connections/create-connection';
import { testConnection } from '../../src/connections/test-connection';
import { createOrganizationWithProjects, createPerson } from '../support/fixtures';

const database = createDatabaseClient(inject('databaseUrl'));
afterAll(() => database.$disconnect());

describe('connections and the encryption key', () => {
  const savedWith = randomBytes(32).toString('base64');
  let projectId: string;
  let emulatedId: string;
  let admin: Awaited<ReturnType<typeof createPerson>>;

  beforeAll(async () => {
    const { organization, projects } = await createOrganizationWithProjects(database, 1);
    projectId = projects[0]!.id;
    emulatedId = projects[0]!.connectionId;
    admin = await createPerson(database, organization.id, 'owner');
  });

  const test = (connectionId: string, encryptionKey: string | undefined, emulatorUrl?: string) =>
    testConnection(
      { database, adapterContext: { encryptionKey, emulatorUrl } },
      admin,
      projectId,
      connectionId,
      {},
    );

  it('refuses to save credentials without a key, saying how to set one, and stores nothing', async () => {
    await expect(
      createConnection({ database, encryptionKey: undefined }, admin, projectId, {
        kind: 'openai',
        name: 'No key',
        apiKey: 'sk-no-key-1234',
      }),
    ).rejects.toMatchObject({
      code: 'encryption_key_missing',
      message: expect.stringMatching(/YARDSTICK_ENCRYPTION_KEY is not set/),
    });
    expect(await database.providerConnection.count({ where: { projectId, name: 'No key' } })).toBe(0);
  });

  it('reports a connection saved with another key as unreadable, as a stored result', async () => {
    const connection = await createConnection({ database, encryptionKey: savedWith }, admin, projectId, {
      kind: 'anthropic',
      name: 'Saved with another key',
      apiKey: 'sk-ant-other-key-5678',
    });
    const result = await test(connection.id, randomBytes(32).toString('base64'));
    expect(result).toMatchObject({ ok: false, errorClass: 'credentials_unreadable', latencyMs: 0 });
    expect(result.message).toMatch(/not the key they were saved with/);
    const stored = await database.providerConnection.findUniqueOrThrow({ where: { id: connection.id } });
    expect(stored).toMatchObject({
      lastTestOk: false,
      lastTestMessage: expect.stringMatching(/^credentials_unreadable: /),
    });
    // No call was made, so none is recorded.
    expect(await database.usageEvent.count({ where: { connectionId: connection.id } })).toBe(0);

    expect(await test(connection.id, undefined)).toMatchObject({
      ok: false,
      errorClass: 'encryption_key_missing',
    });
  });

  it('reports an emulator that is not running as a result too', async () => {
    const result = await test(emulatedId, savedWith, undefined);
    expect(result).toMatchObject({ ok: false, errorClass: 'emulator_unavailable' });
  });
});
