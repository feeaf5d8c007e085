// The cost report reads the rollups: its totals equal the raw events' sum, filters change them accordingly,
// unpriced calls are counted (not hidden), and the organization view covers only the caller's projects.
import { createDatabaseClient } from '@yardstick/db';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { syncCatalog } from '../../src/catalog/sync-catalog';
import { costPerLabeledItem, summarizeReferenceCost } from '../../src/costs/cost-per-unit';
import { ZCostQuery } from '../../src/costs/cost-query';
import { costReportToCsv } from '../../src/costs/cost-report-csv';
import { getCostReport } from '../../src/costs/get-cost-report';
import { rollUpUsage } from '../../src/costs/roll-up-usage';
import { recordUsage, type TRecordUsage } from '../../src/usage/record-usage';
import { createOrganizationWithProjects, createPerson } from '../support/fixtures';
import '../support/provided-context';

const database = createDatabaseClient(inject('databaseUrl'));
afterAll(() => database.$disconnect());

const now = new Date('2026-11-30T12:00:00Z');
const query = (input: Record<string, string>) => ZCostQuery.parse(input);

describe('getCostReport', () => {
  let projects: Awaited<ReturnType<typeof createOrganizationWithProjects>>['projects'];
  let owner: Awaited<ReturnType<typeof createPerson>>;
  let memberOfFirst: Awaited<ReturnType<typeof createPerson>>;
  let sequence = 0;
  const comparisonId = `comparison-${Date.now()}`;

  async function record(
    projectIndex: number,
    input: Partial<TRecordUsage> & { day: string; latencyMs?: number },
  ) {
    const project = projects[projectIndex]!;
    const { day, ...rest } = input;
    return recordUsage(database, {
      idempotencyKey: `report:${comparisonId}:${sequence++}`,
      projectId: project.id,
      connectionId: project.connectionId,
      provider: 'emulated',
      model: 'emulated-cheap',
      source: 'playground',
      usage: { inputTokens: 1000, outputTokens: 100 },
      isSuccess: true,
      occurredAt: new Date(`${day}T10:00:00Z`),
      ...rest,
    });
  }

  beforeAll(async () => {
    await syncCatalog(database);
    const fixture = await createOrganizationWithProjects(database, 2);
    projects = fixture.projects;
    owner = await createPerson(database, fixture.organization.id, 'owner');
    memberOfFirst = await createPerson(database, fixture.organization.id, 'member', [
      { projectId: projects[0]!.id, role: 'viewer' },
    ]);
    // Project 0: cheap calls on two days, strong calls on one, an unpriced model, a failure.
    for (const latencyMs of [100, 200, 300])
      await record(0, {
        day: '2026-11-28',
        latencyMs,
        referenceType: 'comparison',
        referenceId: comparisonId,
      });
    await record(0, {
      day: '2026-11-29',
      model: 'emulated-strong',
      latencyMs: 1000,
      referenceType: 'comparison',
      referenceId: comparisonId,
    });
    await record(0, {
      day: '2026-11-29',
      provider: 'openai',
      model: 'in-house-finetune',
      source: 'evaluation',
      latencyMs: 400,
    });
    await record(0, { day: '2026-11-29', isSuccess: false, errorClass: 'rate_limited', latencyMs: 50 });
    await record(0, {
      day: '2026-11-29',
      source: 'labeling_generation',
      referenceType: 'generation_run',
      referenceId: 'run-1',
    });
    await record(0, {
      day: '2026-11-29',
      source: 'labeling_generation',
      referenceType: 'generation_run',
      referenceId: 'run-1',
    });
    // Project 1: one call the member must never see.
    await record(1, {
      day: '2026-11-29',
      model: 'emulated-strong',
      usage: { inputTokens: 1_000_000, outputTokens: 0 },
    });
    await rollUpUsage(database);
  });

  it('totals the rollups exactly, with unpriced calls, errors and the median latency', async () => {
    const report = await getCostReport(
      database,
      owner,
      query({ projectId: projects[0]!.id, from: '2026-11-01', to: '2026-11-30' }),
      now,
    );
    const [raw] = await database.$queryRaw<{ cost: bigint; calls: number }[]>`
      SELECT sum("costNanoUsd")::bigint AS cost, count(*)::int AS calls FROM "UsageEvent" WHERE "projectId" = ${projects[0]!.id}`;
    expect(report.totals.cost.nanoUsd).toBe(raw!.cost.toString());
    expect(report.totals.calls).toBe(raw!.calls);
    expect(report.totals.calls).toBe(8);
    expect(report.totals.unpricedCalls).toBe(1);
    expect(report.totals.errors).toBe(1);
    expect(report.totals.errorRate).toBeCloseTo(1 / 8);
    // Six calls with a latency: 50, 100, 200, 300, 400, 1000 → the median falls in the 200–300 ms bucket.
    expect(report.totals.medianLatencyMs).toBeGreaterThanOrEqual(200);
    expect(report.totals.medianLatencyMs).toBeLessThanOrEqual(300);
    expect(report.series).toHaveLength(30);
    expect(report.series.find((point) => point.period === '2026-11-01')?.calls).toBe(0);
    const rowSum = report.rows.reduce((sum, row) => sum + BigInt(row.cost.nanoUsd), 0n);
    expect(rowSum.toString()).toBe(report.totals.cost.nanoUsd);
    const unpriced = report.rows.find((row) => row.key === 'openai/in-house-finetune');
    expect(unpriced).toMatchObject({ calls: 1, unpricedCalls: 1, cost: { nanoUsd: '0' } });
  });

  it('filters by model, and groups by source or week', async () => {
    const base = { projectId: projects[0]!.id, from: '2026-11-01', to: '2026-11-30' };
    const strong = await getCostReport(database, owner, query({ ...base, model: 'emulated-strong' }), now);
    expect(strong.totals.calls).toBe(1);
    // 1000 input × $5/MTok + 100 output × $15/MTok = $0.0065.
    expect(strong.totals.cost.usd).toBe('0.0065');
    const bySource = await getCostReport(database, owner, query({ ...base, groupBy: 'source' }), now);
    expect(bySource.rows.map((row) => row.key).sort()).toEqual([
      'evaluation',
      'labeling_generation',
      'playground',
    ]);
    const byWeek = await getCostReport(database, owner, query({ ...base, groupBy: 'week' }), now);
    expect(byWeek.period.interval).toBe('week');
    expect(byWeek.rows[0]!.key).toBe('2026-10-26');
    expect(byWeek.rows.reduce((sum, row) => sum + row.calls, 0)).toBe(8);
  });

  it('lists cost drivers and the cost per unit of work', async () => {
    const report = await getCostReport(
      database,
      owner,
      query({ projectId: projects[0]!.id, from: '2026-11-01', to: '2026-11-30' }),
      now,
    );
    const comparison = report.drivers.references.find((driver) => driver.referenceId === comparisonId);
    expect(comparison).toMatchObject({ calls: 4, unitLabel: 'per cell' });
    const comparisons = report.unitCosts.find((unit) => unit.referenceType === 'comparison');
    expect(comparisons).toMatchObject({ units: 1, unitLabel: 'per comparison' });
    expect(comparisons!.unitCost!.nanoUsd).toBe(comparison!.cost.nanoUsd);
    const datasets = report.unitCosts.find((unit) => unit.referenceType === 'generation_run');
    expect(datasets).toMatchObject({ units: 2, unitLabel: 'per item generated' });
    // 1000 × $0.15/MTok + 100 × $0.6/MTok = $0.00021 per item.
    expect(datasets!.unitCost!.usd).toBe('0.00021');
    expect(report.drivers.models[0]!.key).toBe('emulated/emulated-strong');
  });

  it('computes cost per unit exactly, including calls not rolled up yet', async () => {
    const run = { projectId: projects[0]!.id, referenceType: 'generation_run', referenceId: 'run-1' };
    const before = await summarizeReferenceCost(database, run);
    await record(0, { day: '2026-11-30', referenceType: 'generation_run', referenceId: 'run-1' });
    const after = await summarizeReferenceCost(database, run);
    expect(after.calls).toBe(before.calls + 1);
    expect(after.costNanoUsd - before.costNanoUsd).toBe(210_000n);
    await rollUpUsage(database);
    expect(await summarizeReferenceCost(database, run)).toEqual(after);
    // Three generations at $0.00021, two items labeled: $0.000315 each.
    expect(await costPerLabeledItem(database, projects[0]!.id, 'run-1', 2)).toMatchObject({
      calls: 3,
      units: 2,
      unitCost: { usd: '0.000315' },
    });
    expect(await costPerLabeledItem(database, projects[0]!.id, 'no-such-run', 0)).toMatchObject({
      calls: 0,
      unitCost: null,
    });
  });

  it('covers only the projects the caller may see in the organization view', async () => {
    const range = { from: '2026-11-01', to: '2026-11-30' };
    const ownerView = await getCostReport(
      database,
      owner,
      query({ scope: 'organization', ...range, groupBy: 'project' }),
      now,
    );
    expect(ownerView.scope.projects.map((project) => project.id).sort()).toEqual(
      projects.map((project) => project.id).sort(),
    );
    const memberView = await getCostReport(
      database,
      memberOfFirst,
      query({ scope: 'organization', ...range, groupBy: 'project' }),
      now,
    );
    expect(memberView.scope.projects.map((project) => project.id)).toEqual([projects[0]!.id]);
    expect(memberView.rows.map((row) => row.key)).toEqual([projects[0]!.id]);
    await expect(
      getCostReport(
        database,
        memberOfFirst,
        query({ scope: 'organization', projectIds: projects[1]!.id }),
        now,
      ),
    ).rejects.toMatchObject({ status: 404 });
    await expect(
      getCostReport(database, memberOfFirst, query({ projectId: projects[1]!.id }), now),
    ).rejects.toMatchObject({
      status: 404,
    });
  });

  it('exports the table as CSV with exact amounts', async () => {
    const report = await getCostReport(
      database,
      owner,
      query({ projectId: projects[0]!.id, from: '2026-11-01', to: '2026-11-30' }),
      now,
    );
    const lines = costReportToCsv(report).trim().split('\r\n');
    expect(lines[0]).toBe(
      'group,label,cost_usd,cost_nano_usd,calls,errors,error_rate,unpriced_calls,input_tokens,output_tokens,cached_input_tokens,average_latency_ms',
    );
    expect(lines).toHaveLength(report.rows.length + 1);
    expect(lines[1]!.split(',')[3]).toBe(report.rows[0]!.cost.nanoUsd);
  });
});
