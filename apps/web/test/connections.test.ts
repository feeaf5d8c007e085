// Provider connections through the HTTP API: the built-in emulated one, credentials encrypted at rest and
// never returned, connection tests as stored results, and the rules on editing and deleting.

import { decryptCredentials } from '@yardstick/core/server';
import { createDatabaseClient } from '@yardstick/db';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { HttpClient } from './support/http-client';
import { createProject, joinAs, signInOwner } from './support/people';

interface TConnection {
  id: string;
  kind: string;
  name: string;
  baseUrl: string | null;
  credentialHint: string | null;
  isBuiltIn: boolean;
  lastTestedAt: string | null;
  lastTestOk: boolean | null;
  lastTestMessage: string | null;
}

interface TTestResult {
  ok: boolean;
  errorClass?: string;
  message: string;
  latencyMs: number;
  model: string;
}

interface TProblem {
  status: number;
  code: string;
  detail: string;
  errors: { field?: string; message: string }[];
}

const database = createDatabaseClient(inject('databaseUrl'));
const encryptionKey = inject('encryptionKey');
afterAll(() => database.$disconnect());

/** Every spelling of the key that could leak: as configured (base64), its raw bytes in hex and base64url. */
const keySpellings = () => {
  const raw = Buffer.from(encryptionKey, 'base64');
  return [encryptionKey, raw.toString('hex'), raw.toString('base64url')];
};

describe('provider connections', () => {
  let owner: HttpClient;
  let projectId: string;
  const base = () => `/api/v1/projects/${projectId}/connections`;
  const list = async () => (await owner.json<{ connections: TConnection[] }>(owner.get(base()))).connections;
  const create = async (body: Record<string, unknown>) => {
    const response = await owner.post(base(), body);
    const text = await response.text();
    if (response.status !== 201) throw new Error(`Creating failed: ${response.status} ${text}`);
    return { connection: JSON.parse(text) as TConnection, text };
  };
  const storedRow = async (id: string) =>
    (
      await database.$queryRaw<{ encryptedCredentials: string | null; credentialHint: string | null }[]>`
        SELECT "encryptedCredentials", "credentialHint" FROM "ProviderConnection" WHERE id = ${id}`
    )[0]!;

  beforeAll(async () => {
    owner = await signInOwner();
    projectId = (await createProject(owner)).id;
  });

  it('gives every project the emulated connection, labelled offline, and testing it succeeds', async () => {
    const [emulated, ...others] = await list();
    expect(others).toEqual([]);
    expect(emulated).toMatchObject({
      name: 'Emulated (offline)',
      kind: 'emulated',
      isBuiltIn: true,
      credentialHint: null,
    });

    const response = await owner.post(`${base()}/${emulated!.id}/test`, {});
    expect(response.status).toBe(200);
    const result = (await response.json()) as TTestResult;
    expect(result).toMatchObject({ ok: true, model: 'emulated-cheap' });
    expect(result.latencyMs).toBeGreaterThanOrEqual(0);

    const [tested] = await list();
    expect(tested).toMatchObject({ lastTestOk: true });
    expect(tested!.lastTestMessage).toMatch(/answered in \d+ ms/);

    const usage = await database.usageEvent.findMany({ where: { connectionId: emulated!.id } });
    expect(usage).toHaveLength(1);
    expect(usage[0]).toMatchObject({
      source: 'connection_test',
      isSuccess: true,
      isPriced: true,
      model: 'emulated-cheap',
    });
    expect(usage[0]!.idempotencyKey).toMatch(new RegExp(`^connection-test:${emulated!.id}:\\d+$`));

    const page = await (await owner.get(`/projects/${projectId}/settings/connections`)).text();
    expect(page).toContain('Emulated (offline)');
    expect(page).toContain('Offline · fake answers');
  });

  it('refuses to edit or delete the emulated connection', async () => {
    const emulated = (await list()).find((connection) => connection.isBuiltIn)!;
    const edit = await owner.patch(`${base()}/${emulated.id}`, { kind: 'openai', name: 'Mine now' });
    expect(edit.status).toBe(409);
    expect(((await edit.json()) as TProblem).detail).toMatch(
      /built-in "Emulated \(offline\)" connection cannot be edited/,
    );
    const remove = await owner.delete(`${base()}/${emulated.id}`);
    expect(remove.status).toBe(409);
    expect((await list()).some((connection) => connection.id === emulated.id)).toBe(true);
  });

  it('stores credentials encrypted, and no response or page ever carries them', async () => {
    const apiKey = `sk-proj-${crypto.randomUUID().replaceAll('-', '')}wxyz`;
    const { connection, text } = await create({ kind: 'openai', name: 'OpenAI production', apiKey });
    expect(connection.credentialHint).toBe('sk-…wxyz');
    expect(text).not.toContain(apiKey);
    expect(text).not.toContain('encryptedCredentials');

    const stored = await storedRow(connection.id);
    expect(stored.encryptedCredentials).toMatch(/^v1\./);
    for (const forbidden of [apiKey, apiKey.slice(8, 24), ...keySpellings()]) {
      expect(stored.encryptedCredentials).not.toContain(forbidden);
    }
    // It is the secret, encrypted with the installation's key.
    expect(decryptCredentials(stored.encryptedCredentials!, encryptionKey)).toEqual({ apiKey });

    const bedrockSecret = `wJalr${crypto.randomUUID()}`;
    const bedrock = await create({
      kind: 'bedrock',
      name: 'Bedrock',
      accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
      secretAccessKey: bedrockSecret,
      region: 'eu-west-1',
    });
    expect(bedrock.connection.credentialHint).toBe('AKI…MPLE');
    expect(bedrock.text).not.toContain(bedrockSecret);
    expect((await storedRow(bedrock.connection.id)).encryptedCredentials).not.toContain(bedrockSecret);

    const renamed = await owner.patch(`${base()}/${connection.id}`, { kind: 'openai', name: 'OpenAI prod' });
    expect(renamed.status).toBe(200);
    const renamedText = await renamed.text();
    expect(JSON.parse(renamedText)).toMatchObject({ name: 'OpenAI prod', credentialHint: 'sk-…wxyz' });
    // Credentials left out (or empty) on update keep the stored ones.
    expect(decryptCredentials((await storedRow(connection.id)).encryptedCredentials!, encryptionKey)).toEqual(
      { apiKey },
    );
    const blank = await owner.patch(`${base()}/${connection.id}`, { kind: 'openai', apiKey: '' });
    expect(blank.status).toBe(200);
    expect(decryptCredentials((await storedRow(connection.id)).encryptedCredentials!, encryptionKey)).toEqual(
      { apiKey },
    );

    const listed = await (await owner.get(base())).text();
    const page = await (await owner.get(`/projects/${projectId}/settings/connections`)).text();
    expect(page).toContain('sk-…wxyz');
    for (const body of [renamedText, listed, page]) {
      for (const forbidden of [apiKey, bedrockSecret, stored.encryptedCredentials!, ...keySpellings()]) {
        expect(body).not.toContain(forbidden);
      }
    }
  });

  it('replaces credentials when new ones are given, and a new key clears the last test result', async () => {
    const { connection } = await create({
      kind: 'anthropic',
      name: 'Anthropic',
      apiKey: 'sk-ant-first-key-1111',
    });
    await database.providerConnection.update({
      where: { id: connection.id },
      data: { lastTestedAt: new Date(), lastTestOk: false, lastTestMessage: 'authentication: old key' },
    });
    const response = await owner.patch(`${base()}/${connection.id}`, {
      kind: 'anthropic',
      apiKey: 'sk-ant-second-key-2222',
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      credentialHint: 'sk-…2222',
      lastTestedAt: null,
      lastTestOk: null,
    });
    const stored = await storedRow(connection.id);
    expect(decryptCredentials(stored.encryptedCredentials!, encryptionKey)).toEqual({
      apiKey: 'sk-ant-second-key-2222',
    });
  });

  it('tests an OpenAI-compatible server with a bad key: the authentication error is a stored result', async () => {
    const { connection } = await create({
      kind: 'openai_compatible',
      name: 'Local server',
      baseUrl: `${inject('emulatorUrl')}/v1`,
      apiKey: 'bad-key',
    });
    const missingModel = await owner.post(`${base()}/${connection.id}/test`, {});
    expect(missingModel.status).toBe(400);
    expect(((await missingModel.json()) as TProblem).errors[0]?.field).toBe('body.model');

    const response = await owner.post(`${base()}/${connection.id}/test`, { model: 'llama3.2' });
    expect(response.status).toBe(200);
    const result = (await response.json()) as TTestResult;
    expect(result).toMatchObject({ ok: false, errorClass: 'authentication', model: 'llama3.2' });
    expect(result.message.length).toBeGreaterThan(0);

    const stored = (await list()).find((item) => item.id === connection.id)!;
    expect(stored.lastTestOk).toBe(false);
    expect(stored.lastTestMessage).toMatch(/^authentication: /);
    const page = await (await owner.get(`/projects/${projectId}/settings/connections`)).text();
    expect(page).toContain('authentication: ');

    const usage = await database.usageEvent.findMany({ where: { connectionId: connection.id } });
    expect(usage).toHaveLength(1);
    expect(usage[0]).toMatchObject({
      source: 'connection_test',
      isSuccess: false,
      errorClass: 'authentication',
    });

    // With a good key the same server answers.
    await owner.patch(`${base()}/${connection.id}`, { kind: 'openai_compatible', apiKey: 'good-key-1234' });
    const retried = await owner.json<TTestResult>(
      owner.post(`${base()}/${connection.id}/test`, { model: 'llama3.2' }),
    );
    expect(retried).toMatchObject({ ok: true });
  });

  it('answers a tampered ciphertext with the clear error as the test result, not a crash', async () => {
    const { connection } = await create({
      kind: 'gemini',
      name: 'Gemini',
      apiKey: 'AIzaSy-tamper-test-9876',
    });
    const stored = await storedRow(connection.id);
    const [version, iv, tag, ciphertext] = stored.encryptedCredentials!.split('.');
    const flipped = `${ciphertext!.slice(0, 2)}${ciphertext![2] === 'A' ? 'B' : 'A'}${ciphertext!.slice(3)}`;
    await database.$executeRaw`
      UPDATE "ProviderConnection" SET "encryptedCredentials" = ${`${version}.${iv}.${tag}.${flipped}`}, "updatedAt" = now()
      WHERE id = ${connection.id}`;

    const response = await owner.post(`${base()}/${connection.id}/test`, {});
    expect(response.status).toBe(200);
    const result = (await response.json()) as TTestResult;
    expect(result).toMatchObject({ ok: false, errorClass: 'credentials_unreadable' });
    expect(result.message).toMatch(/cannot be decrypted/);
    expect(result.message).toMatch(/enter the credentials again/);
    // Nothing reached a provider, so there is no usage to record; the rest of the project keeps working.
    expect(await database.usageEvent.count({ where: { connectionId: connection.id } })).toBe(0);
    expect((await list()).find((item) => item.id === connection.id)?.lastTestMessage).toMatch(
      /^credentials_unreadable: /,
    );

    // Entering the credentials again repairs it.
    const repaired = await owner.patch(`${base()}/${connection.id}`, {
      kind: 'gemini',
      apiKey: 'AIzaSy-tamper-test-9876',
    });
    expect(repaired.status).toBe(200);
    expect(decryptCredentials((await storedRow(connection.id)).encryptedCredentials!, encryptionKey)).toEqual(
      {
        apiKey: 'AIzaSy-tamper-test-9876',
      },
    );
  });

  it('validates each provider kind and says what is wrong', async () => {
    const problem = async (response: Promise<Response>) => {
      const answer = await response;
      expect(answer.status).toBe(400);
      return (await answer.json()) as TProblem;
    };
    const fields = (found: TProblem) => found.errors.map((error) => `${error.field} ${error.message}`);

    expect(
      fields(await problem(owner.post(base(), { kind: 'bedrock', name: 'B', accessKeyId: 'AKIA1234' }))),
    ).toEqual(expect.arrayContaining(['body.secretAccessKey is required', 'body.region is required']));
    expect(fields(await problem(owner.post(base(), { kind: 'emulated', name: 'Fake' })))).toEqual([
      'body.kind must be openai, openai_compatible, anthropic, bedrock or gemini',
    ]);
    expect(
      fields(
        await problem(owner.post(base(), { kind: 'openai', name: 'O', apiKey: 'sk-x', region: 'us-east-1' })),
      ),
    ).toEqual(['body has unknown field(s): region']);
    expect(
      fields(
        await problem(owner.post(base(), { kind: 'openai_compatible', name: 'L', baseUrl: 'ftp://x' })),
      )[0],
    ).toMatch(/^body.baseUrl must be an http:\/\/ or https:\/\/ URL/);
    expect(
      fields(
        await problem(
          owner.post(base(), {
            kind: 'bedrock',
            name: 'B',
            accessKeyId: 'A',
            secretAccessKey: 'S',
            region: 'mars',
          }),
        ),
      ),
    ).toEqual(['body.region must be an AWS region such as us-east-1']);

    const { connection } = await create({
      kind: 'bedrock',
      name: 'Bedrock to edit',
      accessKeyId: 'AKIAEDITEDIT1234',
      secretAccessKey: 'first-secret-value',
      region: 'us-east-1',
    });
    expect(
      fields(
        await problem(
          owner.patch(`${base()}/${connection.id}`, { kind: 'bedrock', accessKeyId: 'AKIANEWNEW5678' }),
        ),
      ),
    ).toEqual(['body.secretAccessKey is required when replacing AWS credentials']);
    expect(
      fields(await problem(owner.patch(`${base()}/${connection.id}`, { kind: 'openai', name: 'x' })))[0],
    ).toMatch(/body.kind This is a bedrock connection and its kind cannot change/);
    const region = await owner.json<TConnection & { region: string }>(
      owner.patch(`${base()}/${connection.id}`, { kind: 'bedrock', region: 'eu-central-1' }),
    );
    expect(region).toMatchObject({ region: 'eu-central-1', credentialHint: 'AKI…1234' });
  });

  it('refuses a duplicate name with 409', async () => {
    await create({ kind: 'openai', name: 'Twice', apiKey: 'sk-twice-1234' });
    const again = await owner.post(base(), { kind: 'openai', name: 'Twice', apiKey: 'sk-twice-5678' });
    expect(again.status).toBe(409);
    expect(((await again.json()) as TProblem).detail).toMatch(/connection named "Twice" already exists/);
    const builtInName = await owner.post(base(), {
      kind: 'openai',
      name: 'Emulated (offline)',
      apiKey: 'sk-x-1234',
    });
    expect(builtInName.status).toBe(409);
  });

  it('refuses to delete a connection a model config uses, and deletes it once unused', async () => {
    const { connection } = await create({ kind: 'openai', name: 'In use', apiKey: 'sk-in-use-1234' });
    const config = await database.modelConfig.create({
      data: {
        projectId,
        name: `Support bot ${crypto.randomUUID().slice(0, 6)}`,
        connectionId: connection.id,
        model: 'gpt-4o-mini',
      },
    });
    const refused = await owner.delete(`${base()}/${connection.id}`);
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as TProblem).detail).toContain(`"${config.name}"`);

    await database.modelConfig.delete({ where: { id: config.id } });
    expect((await owner.delete(`${base()}/${connection.id}`)).status).toBe(204);
    expect((await list()).some((item) => item.id === connection.id)).toBe(false);
  });

  it('lets a viewer read connections but not change or test them; other projects see nothing', async () => {
    const { connection } = await create({ kind: 'openai', name: 'Guarded', apiKey: 'sk-guarded-1234' });
    const viewer = (await joinAs(owner, projectId, 'viewer')).client;
    const listed = await viewer.get(base());
    expect(listed.status).toBe(200);
    expect(await listed.text()).not.toContain('sk-guarded-1234');
    expect((await viewer.post(base(), { kind: 'openai', name: 'Nope', apiKey: 'sk-nope-1234' })).status).toBe(
      403,
    );
    expect((await viewer.post(`${base()}/${connection.id}/test`, {})).status).toBe(403);
    expect((await viewer.patch(`${base()}/${connection.id}`, { kind: 'openai', name: 'Nope' })).status).toBe(
      403,
    );
    expect((await viewer.delete(`${base()}/${connection.id}`)).status).toBe(403);

    const otherProject = (await createProject(owner)).id;
    const elsewhere = `/api/v1/projects/${otherProject}/connections/${connection.id}`;
    expect((await owner.patch(elsewhere, { kind: 'openai', name: 'Moved' })).status).toBe(404);
    expect((await owner.post(`${elsewhere}/test`, {})).status).toBe(404);
    expect((await owner.delete(elsewhere)).status).toBe(404);
  });
});
