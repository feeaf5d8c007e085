// The model catalog and its prices through the HTTP API, and how recorded calls are costed from them: each
// call at the price in force when it happened, admin edits kept over the catalog file, $0 only when set.
import { invalidateCatalogCache, recordUsage, syncCatalog } from '@yardstick/core/server';
import { createDatabaseClient } from '@yardstick/db';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { HttpClient } from './support/http-client';
import { bearer, createApiKey, createProject, joinAs, signInOwner } from './support/people';

interface TPrice {
  id: string;
  effectiveFrom: string;
  inputPerMTok: string;
  outputPerMTok: string;
  cachedInputPerMTok: string | null;
  cacheWritePerMTok: string | null;
  longContext?: { aboveInputTokens: number; rates: Record<string, string> } | null;
  source: string;
}

interface TModel {
  id: string;
  provider: string;
  modelId: string;
  displayName: string;
  contextWindow: number | null;
  isCustom: boolean;
  isEditedByAdmin: boolean;
  isPriced: boolean;
  price: TPrice | null;
}

interface TProblem {
  status: number;
  detail: string;
  errors: { field?: string; message: string }[];
}

const database = createDatabaseClient(inject('databaseUrl'));
afterAll(() => database.$disconnect());

const hour = 60 * 60 * 1000;
const uniqueId = (prefix: string) => `${prefix}-${crypto.randomUUID().slice(0, 8)}`;

describe('model catalog and prices', () => {
  let owner: HttpClient;
  let projectId: string;
  const models = async (query = '') =>
    (await owner.json<{ models: TModel[] }>(owner.get(`/api/v1/models${query}`))).models;
  const createModel = async (body: Record<string, unknown>) => {
    const response = await owner.post('/api/v1/models', body);
    if (response.status !== 201)
      throw new Error(`Creating the model failed: ${response.status} ${await response.text()}`);
    return (await response.json()) as TModel;
  };
  /** Records one call the way every caller does, from this process (its price cache emptied first). */
  const recordCall = async (
    model: string,
    provider: 'openai_compatible' | 'bedrock' | 'gemini',
    occurredAt: Date,
    usage = { inputTokens: 1_000_000, outputTokens: 100_000 },
  ) => {
    invalidateCatalogCache();
    return recordUsage(database, {
      idempotencyKey: uniqueId('catalog-test'),
      projectId,
      connectionId: null,
      provider,
      model,
      source: 'playground',
      usage,
      isSuccess: true,
      occurredAt,
    });
  };

  beforeAll(async () => {
    owner = await signInOwner();
    projectId = (await createProject(owner)).id;
  });

  it('lists the catalog loaded at start with current prices, by provider and by search', async () => {
    const emulated = await models('?provider=emulated');
    expect(emulated.map((model) => model.modelId).sort()).toEqual([
      'emulated-cheap',
      'emulated-strong',
      'emulated-weak',
    ]);
    expect(emulated.find((model) => model.modelId === 'emulated-cheap')).toMatchObject({
      isPriced: true,
      contextWindow: 128000,
      price: { inputPerMTok: '0.15', outputPerMTok: '0.6' },
    });
    const haiku = await models('?search=HAIKU');
    expect(haiku.length).toBeGreaterThan(1);
    expect(haiku.every((model) => /haiku/i.test(`${model.modelId} ${model.displayName}`))).toBe(true);
    expect((await models('?provider=&search=')).length).toBeGreaterThan(100);

    const bad = await owner.get('/api/v1/models?provider=mistral');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as TProblem).errors[0]?.field).toBe('query.provider');
  });

  it('prices a custom model with a zero price at $0, and leaves an unknown model unpriced', async () => {
    const modelId = uniqueId('llama3.2');
    const created = await createModel({
      provider: 'openai_compatible',
      modelId,
      displayName: 'Llama 3.2 (local)',
      contextWindow: 131072,
      prices: { inputPerMTok: '0', outputPerMTok: 0 },
    });
    expect(created).toMatchObject({
      isCustom: true,
      isPriced: true,
      price: { inputPerMTok: '0', outputPerMTok: '0' },
    });
    expect((await models(`?search=${modelId}`)).map((model) => model.id)).toEqual([created.id]);

    const free = await recordCall(modelId, 'openai_compatible', new Date());
    expect(free.cost).toMatchObject({ isPriced: true, costNanoUsd: 0n });
    expect(free.event).toMatchObject({ isPriced: true, costNanoUsd: 0n });

    const unknown = await recordCall(uniqueId('never-heard-of-it'), 'openai_compatible', new Date());
    expect(unknown.cost).toMatchObject({ isPriced: false, costNanoUsd: null });
    expect(unknown.event).toMatchObject({ isPriced: false, costNanoUsd: null });

    const duplicate = await owner.post('/api/v1/models', {
      provider: 'openai_compatible',
      modelId,
      prices: { inputPerMTok: '1', outputPerMTok: '1' },
    });
    expect(duplicate.status).toBe(409);
  });

  it('gives each call the price in force when it happened, across a price change between them', async () => {
    const modelId = uniqueId('self-hosted');
    const model = await createModel({
      provider: 'openai_compatible',
      modelId,
      prices: { inputPerMTok: '1', outputPerMTok: '2' },
    });
    const changeAt = new Date(Date.now() + 24 * hour);
    const change = await owner.post(`/api/v1/models/${model.id}/prices`, {
      inputPerMTok: '10',
      outputPerMTok: '20',
      cachedInputPerMTok: '5',
      effectiveFrom: changeAt.toISOString(),
    });
    expect(change.status).toBe(201);
    expect(await change.json()).toMatchObject({
      price: {
        inputPerMTok: '10',
        outputPerMTok: '20',
        cachedInputPerMTok: '5',
        effectiveFrom: changeAt.toISOString(),
      },
      // The new price is not in force yet.
      model: { isEditedByAdmin: true, price: { inputPerMTok: '1' } },
    });

    const before = await recordCall(modelId, 'openai_compatible', new Date(changeAt.getTime() - hour));
    const after = await recordCall(modelId, 'openai_compatible', new Date(changeAt.getTime() + hour));
    // 1M input + 100k output tokens: $1 + $0.2 before, $10 + $2 after.
    expect(before.event.costNanoUsd).toBe(1_200_000_000n);
    expect(after.event.costNanoUsd).toBe(12_000_000_000n);

    const history = await owner.json<{ prices: TPrice[] }>(owner.get(`/api/v1/models/${model.id}/prices`));
    expect(history.prices.map((price) => price.inputPerMTok)).toEqual(['10', '1']);

    const clash = await owner.post(`/api/v1/models/${model.id}/prices`, {
      inputPerMTok: '3',
      outputPerMTok: '3',
      effectiveFrom: changeAt.toISOString(),
    });
    expect(clash.status).toBe(409);
    // The earlier call keeps its cost: prices are never rewritten.
    expect((await database.usageEvent.findUnique({ where: { id: before.event.id } }))?.costNanoUsd).toBe(
      1_200_000_000n,
    );
  });

  it('keeps an admin price edit when the catalog file is loaded again', async () => {
    const [edited, untouched] = await models('?provider=bedrock&search=mistral.ministral-3');
    expect(edited && untouched).toBeTruthy();
    const response = await owner.post(`/api/v1/models/${edited!.id}/prices`, {
      inputPerMTok: '0.123',
      outputPerMTok: '0.456',
    });
    expect(response.status).toBe(201);

    // Make the untouched model's stored price differ from the file, so a sync has something to correct there.
    await database.modelPrice.create({
      data: {
        catalogModelId: untouched!.id,
        effectiveFrom: new Date(Date.now() - 1000),
        inputPerMTok: '99',
        outputPerMTok: '99',
        source: 'stale',
      },
    });
    await syncCatalog(database);

    const [editedAfter, untouchedAfter] = await models('?provider=bedrock&search=mistral.ministral-3');
    expect(editedAfter).toMatchObject({
      id: edited!.id,
      isEditedByAdmin: true,
      price: { inputPerMTok: '0.123', outputPerMTok: '0.456' },
    });
    expect(untouchedAfter).toMatchObject({ id: untouched!.id, isEditedByAdmin: false });
    expect(untouchedAfter!.price?.inputPerMTok).toBe(untouched!.price?.inputPerMTok);
    expect(untouchedAfter!.price?.source).not.toBe('stale');

    invalidateCatalogCache();
    const call = await recordCall(edited!.modelId, 'bedrock', new Date());
    // 1M input at $0.123 + 100k output at $0.456 = $0.1686.
    expect(call.event.costNanoUsd).toBe(168_600_000n);
  });

  it('bills a prompt above a long-context threshold at that tier, from the catalog file and from an admin', async () => {
    const [pro] = await models('?provider=gemini&search=gemini-2.5-pro');
    expect(pro?.price?.longContext).toEqual({
      aboveInputTokens: 200_000,
      rates: { inputPerMTok: '2.5', outputPerMTok: '15', cachedInputPerMTok: '0.25' },
    });
    const short = await recordCall('gemini-2.5-pro', 'gemini', new Date(), {
      inputTokens: 100_000,
      outputTokens: 10_000,
    });
    // 100k × $1.25 + 10k × $10 per MTok.
    expect(short.event.costNanoUsd).toBe(225_000_000n);
    const long = await recordCall('gemini-2.5-pro', 'gemini', new Date(), {
      inputTokens: 1_000_000,
      outputTokens: 100_000,
    });
    // Above 200k the whole request is billed at the tier: 1M × $2.5 + 100k × $15.
    expect(long.event.costNanoUsd).toBe(4_000_000_000n);

    const modelId = uniqueId('long-context');
    const model = await createModel({
      provider: 'openai_compatible',
      modelId,
      prices: {
        inputPerMTok: '1',
        outputPerMTok: '2',
        longContext: { aboveInputTokens: 500_000, rates: { inputPerMTok: '3', outputPerMTok: '4' } },
      },
    });
    expect(model.price?.longContext).toEqual({
      aboveInputTokens: 500_000,
      rates: { inputPerMTok: '3', outputPerMTok: '4' },
    });
    // 1M input + 100k output: $3 + $0.4 at the tier; at 500k exactly the base rates apply: $0.5 + $0.2.
    expect((await recordCall(modelId, 'openai_compatible', new Date())).event.costNanoUsd).toBe(
      3_400_000_000n,
    );
    const atThreshold = await recordCall(modelId, 'openai_compatible', new Date(), {
      inputTokens: 500_000,
      outputTokens: 100_000,
    });
    expect(atThreshold.event.costNanoUsd).toBe(700_000_000n);

    const incomplete = await owner.post(`/api/v1/models/${model.id}/prices`, {
      inputPerMTok: '1',
      outputPerMTok: '2',
      longContext: { aboveInputTokens: 'lots', rates: { inputPerMTok: '3' } },
    });
    expect(incomplete.status).toBe(400);
    const fields = ((await incomplete.json()) as TProblem).errors.map((error) => error.field);
    expect(fields).toEqual(
      expect.arrayContaining(['body.longContext.aboveInputTokens', 'body.longContext.rates.outputPerMTok']),
    );

    // A new price without a tier ends it: the same long call then costs the base rates.
    const flat = await owner.post(`/api/v1/models/${model.id}/prices`, {
      inputPerMTok: '1',
      outputPerMTok: '2',
    });
    expect(flat.status).toBe(201);
    expect(((await flat.json()) as { price: TPrice }).price.longContext).toBeNull();
    expect(
      (await recordCall(modelId, 'openai_compatible', new Date(Date.now() + 1000))).event.costNanoUsd,
    ).toBe(1_200_000_000n);
  });

  it('validates prices and dates', async () => {
    const [model] = await models('?provider=emulated');
    const problem = async (body: Record<string, unknown>) => {
      const response = await owner.post(`/api/v1/models/${model!.id}/prices`, body);
      expect(response.status).toBe(400);
      return ((await response.json()) as TProblem).errors.map((error) => error.field);
    };
    expect(await problem({ inputPerMTok: '-1', outputPerMTok: '1' })).toEqual(['body.inputPerMTok']);
    expect(await problem({ inputPerMTok: '1.1234567', outputPerMTok: 'abc' })).toEqual([
      'body.inputPerMTok',
      'body.outputPerMTok',
    ]);
    expect(await problem({ inputPerMTok: '1', outputPerMTok: '1', effectiveFrom: 'tomorrow' })).toEqual([
      'body.effectiveFrom',
    ]);
    expect(await problem({ inputPerMTok: '1' })).toEqual(['body.outputPerMTok']);
    expect(
      (await owner.post('/api/v1/models/no-such-model/prices', { inputPerMTok: '1', outputPerMTok: '1' }))
        .status,
    ).toBe(404);
    const custom = await owner.post('/api/v1/models', {
      provider: 'emulated',
      modelId: 'x',
      prices: { inputPerMTok: '1', outputPerMTok: '1' },
    });
    expect(custom.status).toBe(400);
  });

  it('lets anyone signed in read the catalog, and only organization owners and admins change it', async () => {
    const [model] = await models('?provider=emulated');
    const projectAdmin = (await joinAs(owner, projectId, 'admin')).client;
    expect((await projectAdmin.get('/api/v1/models?provider=emulated')).status).toBe(200);
    expect((await projectAdmin.get(`/api/v1/models/${model!.id}/prices`)).status).toBe(200);
    const price = { inputPerMTok: '1', outputPerMTok: '1' };
    expect((await projectAdmin.post(`/api/v1/models/${model!.id}/prices`, price)).status).toBe(403);
    expect(
      (
        await projectAdmin.post('/api/v1/models', {
          provider: 'openai',
          modelId: uniqueId('ft'),
          prices: price,
        })
      ).status,
    ).toBe(403);

    const apiKey = bearer((await createApiKey(owner, projectId)).key);
    expect((await apiKey.get('/api/v1/models?provider=emulated')).status).toBe(200);
    expect((await apiKey.post(`/api/v1/models/${model!.id}/prices`, price)).status).toBe(403);
    const unchanged = (await models('?provider=emulated')).find((item) => item.id === model!.id);
    expect(unchanged?.price?.inputPerMTok).toBe(model!.price?.inputPerMTok);
  });
});
