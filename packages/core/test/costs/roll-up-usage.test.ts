// Rollup correctness: after a seeded random mix of events (replays, late events, calls on both sides of UTC
// midnight) and rollups running concurrently with each other and with new events, the rollups hold exactly the
// sum of the raw events, each counted once.
import type { ProviderKind, UsageSource } from '@yardstick/db';
import { createDatabaseClient } from '@yardstick/db';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { syncCatalog } from '../../src/catalog/sync-catalog';
import { latencyBucketCount, latencyBucketLowerBoundsMs } from '../../src/costs/latency-histogram';
import { rollUpUsage } from '../../src/costs/roll-up-usage';
import { recordUsage } from '../../src/usage/record-usage';
import { createOrganizationWithProjects, pick, seededRandom } from '../support/fixtures';
import '../support/provided-context';

const database = createDatabaseClient(inject('databaseUrl'));
afterAll(() => database.$disconnect());

interface TExpected {
  calls: number;
  errors: number;
  unpricedCalls: number;
  inputTokens: bigint;
  outputTokens: bigint;
  costNanoUsd: bigint;
  latencyMsSum: bigint;
  latencyCount: number;
  histogram: number[];
}

const emptyExpected = (): TExpected => ({
  calls: 0,
  errors: 0,
  unpricedCalls: 0,
  inputTokens: 0n,
  outputTokens: 0n,
  costNanoUsd: 0n,
  latencyMsSum: 0n,
  latencyCount: 0,
  histogram: new Array<number>(latencyBucketCount).fill(0),
});

function bucketOf(latencyMs: number): number {
  let index = 0;
  while (index + 1 < latencyBucketCount && latencyMs >= latencyBucketLowerBoundsMs[index + 1]!) index++;
  return index;
}

const models: { provider: ProviderKind; model: string }[] = [
  { provider: 'emulated', model: 'emulated-cheap' },
  { provider: 'emulated', model: 'emulated-strong' },
  { provider: 'openai', model: 'gpt-4o' },
  // Not in the catalog: unpriced, and must be counted as such rather than as free.
  { provider: 'openai', model: 'in-house-finetune' },
];
const sources: UsageSource[] = ['playground', 'evaluation', 'judge', 'suite'];
// Two days either side of a UTC midnight, and a third much earlier for late events.
const midnight = Date.UTC(2026, 10, 20);
const lateDay = Date.UTC(2026, 10, 3, 12);

describe('rollUpUsage', () => {
  const random = seededRandom(20261120);
  const expectedDaily = new Map<string, TExpected>();
  const expectedByReference = new Map<string, TExpected>();
  const expectedLatency = new Map<string, number[]>();
  const recordedKeys: string[] = [];
  let projects: Awaited<ReturnType<typeof createOrganizationWithProjects>>['projects'];
  let sequence = 0;

  beforeAll(async () => {
    await syncCatalog(database);
    ({ projects } = await createOrganizationWithProjects(database, 3));
  });

  function occurredAt(isLate: boolean): Date {
    if (isLate) return new Date(lateDay + Math.floor(random() * 6 * 3600_000));
    // Half the calls within two seconds of midnight (23:59:58.000 … 00:00:01.999), the rest within a day of it.
    const spread = random() < 0.5 ? 2000 : 86_400_000;
    return new Date(midnight + Math.floor((random() * 2 - 1) * spread));
  }

  function add(
    map: Map<string, TExpected>,
    key: string,
    event: Omit<TExpected, 'histogram'> & { bucket?: number },
  ) {
    const entry = map.get(key) ?? emptyExpected();
    entry.calls += event.calls;
    entry.errors += event.errors;
    entry.unpricedCalls += event.unpricedCalls;
    entry.inputTokens += event.inputTokens;
    entry.outputTokens += event.outputTokens;
    entry.costNanoUsd += event.costNanoUsd;
    entry.latencyMsSum += event.latencyMsSum;
    entry.latencyCount += event.latencyCount;
    if (event.bucket !== undefined) entry.histogram[event.bucket]! += 1;
    map.set(key, entry);
  }

  async function recordRandomEvent(isLate: boolean) {
    const isReplay = recordedKeys.length > 0 && random() < 0.15;
    const idempotencyKey = isReplay ? pick(random, recordedKeys) : `test:${sequence++}`;
    const project = pick(random, projects);
    const { provider, model } = pick(random, models);
    const source = pick(random, sources);
    const at = occurredAt(isLate);
    const isSuccess = random() > 0.1;
    const hasLatency = random() > 0.05;
    const latencyMs = Math.floor(random() * random() * 40_000);
    const usage = { inputTokens: Math.floor(random() * 5000), outputTokens: Math.floor(random() * 800) };
    const reference =
      random() < 0.4 ? { referenceType: 'comparison', referenceId: `c${Math.floor(random() * 4)}` } : {};
    const connectionId = random() < 0.8 ? project.connectionId : null;
    const { event } = await recordUsage(database, {
      idempotencyKey,
      projectId: project.id,
      connectionId,
      provider,
      model,
      source,
      ...reference,
      usage,
      ...(hasLatency ? { latencyMs } : {}),
      isSuccess,
      occurredAt: at,
    });
    // A replay returns the event first recorded under its key and changes nothing.
    if (isReplay) return;
    recordedKeys.push(idempotencyKey);
    const day = event.occurredAt.toISOString().slice(0, 10);
    const facts = {
      calls: 1,
      errors: event.isSuccess ? 0 : 1,
      unpricedCalls: event.isPriced ? 0 : 1,
      inputTokens: BigInt(event.inputTokens ?? 0),
      outputTokens: BigInt(event.outputTokens ?? 0),
      costNanoUsd: event.costNanoUsd ?? 0n,
      latencyMsSum: BigInt(event.latencyMs ?? 0),
      latencyCount: event.latencyMs === null ? 0 : 1,
      ...(event.latencyMs === null ? {} : { bucket: bucketOf(event.latencyMs) }),
    };
    add(
      expectedDaily,
      [day, event.projectId, event.connectionId ?? '', provider, model, source].join('|'),
      facts,
    );
    if (event.latencyMs !== null) {
      const key = [day, event.projectId].join('|');
      const histogram = expectedLatency.get(key) ?? new Array<number>(latencyBucketCount).fill(0);
      histogram[bucketOf(event.latencyMs)]! += 1;
      expectedLatency.set(key, histogram);
    }
    if (event.referenceType && event.referenceId) {
      const key = [day, event.projectId, event.referenceType, event.referenceId].join('|');
      add(expectedByReference, key, { ...facts, latencyMsSum: 0n, latencyCount: 0, bucket: undefined });
    }
  }

  async function recordMany(count: number, isLate: boolean) {
    for (let index = 0; index < count; index++) await recordRandomEvent(isLate);
  }

  it('holds exactly the sum of the raw events after replays, late events and concurrent rollups', async () => {
    await recordMany(250, false);
    // Four rollups in small batches race each other and the events still being recorded.
    const racing = await Promise.all([
      rollUpUsage(database, { batchSize: 17, maxBatches: 1000 }),
      rollUpUsage(database, { batchSize: 23, maxBatches: 1000 }),
      rollUpUsage(database, { batchSize: 29, maxBatches: 1000 }),
      rollUpUsage(database, { batchSize: 31, maxBatches: 1000 }),
      recordMany(150, false),
    ]);
    expect(
      racing.slice(0, 4).reduce((sum, result) => sum + (result as { events: number }).events, 0),
    ).toBeGreaterThan(0);

    // Late events for a day already rolled up, and replays of events already counted.
    await recordMany(120, true);
    await Promise.all([
      rollUpUsage(database, { batchSize: 13, maxBatches: 1000 }),
      rollUpUsage(database, { batchSize: 19, maxBatches: 1000 }),
      recordMany(60, false),
    ]);
    await rollUpUsage(database, { batchSize: 50, maxBatches: 1000 });

    const projectIds = projects.map((project) => project.id);
    expect(
      await database.usageEvent.count({ where: { projectId: { in: projectIds }, rolledUpAt: null } }),
    ).toBe(0);

    const daily = await database.usageDaily.findMany({ where: { projectId: { in: projectIds } } });
    const actualDaily = new Map(
      daily.map((row) => [
        [
          row.day.toISOString().slice(0, 10),
          row.projectId,
          row.connectionId,
          row.provider,
          row.model,
          row.source,
        ].join('|'),
        {
          calls: row.calls,
          errors: row.errors,
          unpricedCalls: row.unpricedCalls,
          inputTokens: row.inputTokens,
          outputTokens: row.outputTokens,
          costNanoUsd: row.costNanoUsd,
          latencyMsSum: row.latencyMsSum,
          latencyCount: row.latencyCount,
          histogram: row.latencyHistogram,
        },
      ]),
    );
    expect(actualDaily).toEqual(expectedDaily);
    expect([...expectedDaily.keys()].some((key) => key.startsWith('2026-11-19'))).toBe(true);
    expect([...expectedDaily.keys()].some((key) => key.startsWith('2026-11-20'))).toBe(true);
    expect([...expectedDaily.keys()].some((key) => key.startsWith('2026-11-03'))).toBe(true);

    const byReference = await database.usageReferenceDaily.findMany({
      where: { projectId: { in: projectIds } },
    });
    const actualByReference = new Map(
      byReference.map((row) => [
        [row.day.toISOString().slice(0, 10), row.projectId, row.referenceType, row.referenceId].join('|'),
        {
          calls: row.calls,
          errors: row.errors,
          unpricedCalls: row.unpricedCalls,
          inputTokens: row.inputTokens,
          outputTokens: row.outputTokens,
          costNanoUsd: row.costNanoUsd,
          latencyMsSum: 0n,
          latencyCount: 0,
          histogram: new Array<number>(latencyBucketCount).fill(0),
        },
      ]),
    );
    expect(actualByReference).toEqual(expectedByReference);

    const latency = await database.usageLatencyDaily.findMany({ where: { projectId: { in: projectIds } } });
    expect(
      new Map(
        latency.map((row) => [
          [row.day.toISOString().slice(0, 10), row.projectId].join('|'),
          row.latencyHistogram,
        ]),
      ),
    ).toEqual(expectedLatency);

    // And the rollups equal a direct sum over the raw events.
    const [raw] = await database.$queryRaw<{ calls: bigint; cost: bigint }[]>`
      SELECT count(*) AS calls, COALESCE(sum("costNanoUsd"), 0)::bigint AS cost
      FROM "UsageEvent" WHERE "projectId" = ANY(${projectIds})`;
    expect(BigInt(daily.reduce((sum, row) => sum + row.calls, 0))).toBe(raw!.calls);
    expect(daily.reduce((sum, row) => sum + row.costNanoUsd, 0n)).toBe(raw!.cost);
  });

  it('changes nothing when run again with nothing new', async () => {
    // Other test files record events in the same database meanwhile: look at this file's projects only.
    const where = { projectId: { in: projects.map((project) => project.id) } };
    const before = await database.usageDaily.aggregate({ where, _sum: { calls: true, costNanoUsd: true } });
    await rollUpUsage(database);
    expect(await database.usageDaily.aggregate({ where, _sum: { calls: true, costNanoUsd: true } })).toEqual(
      before,
    );
  });
});
