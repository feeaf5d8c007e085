// The projection table: every catalog chat model's cost per call, per day and per 30-day month for a workload,
// at the prices in the database. The talk's figures come out exactly with real prices.
import { createDatabaseClient } from '@yardstick/db';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { syncCatalog } from '../../src/catalog/sync-catalog';
import { averageWorkload } from '../../src/costs/average-workload';
import { projectWorkloadCost } from '../../src/costs/project-workload-cost';
import { recordUsage } from '../../src/usage/record-usage';
import { createOrganizationWithProjects, createPerson } from '../support/fixtures';
import '../support/provided-context';

const database = createDatabaseClient(inject('databaseUrl'));
afterAll(() => database.$disconnect());

describe('projectWorkloadCost', () => {
  let projectId: string;
  let connectionId: string;
  let owner: Awaited<ReturnType<typeof createPerson>>;

  beforeAll(async () => {
    await syncCatalog(database);
    const fixture = await createOrganizationWithProjects(database, 1);
    projectId = fixture.projects[0]!.id;
    connectionId = fixture.projects[0]!.connectionId;
    owner = await createPerson(database, fixture.organization.id, 'owner');
    // GPT-4-32k at OpenAI's published $60 / $120 per million tokens ($0.06 / $0.12 per 1k, the talk's prices),
    // added the way an admin adds a model the catalog file does not carry.
    await database.model.upsert({
      where: { provider_modelId: { provider: 'openai', modelId: 'gpt-4-32k' } },
      create: {
        provider: 'openai',
        modelId: 'gpt-4-32k',
        displayName: 'GPT-4 32k',
        contextWindow: 32_768,
        isCustom: true,
        source: 'https://openai.com/api/pricing',
        prices: {
          create: {
            effectiveFrom: new Date('2023-06-13'),
            inputPerMTok: '60',
            outputPerMTok: '120',
            source: 'admin',
          },
        },
      },
      update: {},
    });
  });

  it('reproduces the talk: $0.624 per call → $624,000 a day with GPT-4, $0.004 → $4,000 with GPT-3.5', async () => {
    const gpt4 = await projectWorkloadCost(database, owner, {
      projectId,
      requestsPerDay: 1_000_000,
      inputTokens: 10_000,
      outputTokens: 200,
      currentProvider: 'openai',
      currentModel: 'gpt-4-32k',
    });
    const row = gpt4.rows.find((candidate) => candidate.modelId === 'gpt-4-32k');
    expect(row).toMatchObject({
      isCurrent: true,
      perCall: { usd: '0.624', display: '$0.624' },
      perDay: { usd: '624000', display: '$624,000.00' },
      perMonth: { usd: '18720000', display: '$18,720,000.00' },
    });
    // The catalog's gpt-4 (8k context, $30 / $60) costs half, but the 10k-token prompt does not fit it.
    expect(gpt4.rows.find((candidate) => candidate.modelId === 'gpt-4')).toMatchObject({
      perCall: { usd: '0.312' },
      fitsContext: false,
    });
    const perCall = gpt4.rows.map((candidate) => BigInt(candidate.perCall.nanoUsd));
    expect(perCall).toEqual([...perCall].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(gpt4.rows.every((candidate) => candidate.modelId !== 'text-embedding-3-small')).toBe(true);

    // "4K tokens" on GPT-3.5-turbo: 2,000 in and 2,000 out at $0.50 / $1.50 per million.
    const gpt35 = await projectWorkloadCost(database, owner, {
      projectId,
      requestsPerDay: 1_000_000,
      inputTokens: 2000,
      outputTokens: 2000,
    });
    expect(gpt35.rows.find((candidate) => candidate.modelId === 'gpt-3.5-turbo')).toMatchObject({
      perCall: { display: '$0.004' },
      perDay: { display: '$4,000.00' },
    });
  });

  it('measures a workload from the recent calls of a reference', async () => {
    for (const [inputTokens, outputTokens] of [
      [900, 100],
      [1100, 300],
    ] as const) {
      await recordUsage(database, {
        idempotencyKey: `projection:${projectId}:${inputTokens}`,
        projectId,
        connectionId,
        provider: 'emulated',
        model: 'emulated-cheap',
        source: 'playground',
        referenceType: 'comparison',
        referenceId: 'cmp-1',
        usage: { inputTokens, outputTokens },
        isSuccess: true,
        occurredAt: new Date(),
      });
    }
    const workload = await averageWorkload(database, owner, {
      projectId,
      referenceType: 'comparison',
      referenceId: 'cmp-1',
    });
    expect(workload).toEqual({
      calls: 2,
      averageInputTokens: 1000,
      averageOutputTokens: 200,
      averageCachedInputTokens: 0,
      provider: 'emulated',
      model: 'emulated-cheap',
    });
  });
});
