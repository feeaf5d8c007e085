// Budgets and alerts: 80% and 100% of a monthly budget and a daily spike, each raised once per period, and
// delivered to a webhook as Slack-compatible JSON, retried until the webhook accepts it.
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createDatabaseClient } from '@yardstick/db';
import { createRedisConnection, JobProducer } from '@yardstick/queue';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { deliverAlert } from '../../src/alerts/deliver-alert';
import { enqueueAlertDeliveries } from '../../src/alerts/enqueue-alert-deliveries';
import { evaluateAlerts } from '../../src/alerts/evaluate-alerts';
import { listBudgets } from '../../src/budgets/list-budgets';
import { setBudget, ZSetBudget } from '../../src/budgets/set-budget';
import { syncCatalog } from '../../src/catalog/sync-catalog';
import { rollUpUsage } from '../../src/costs/roll-up-usage';
import { recordUsage } from '../../src/usage/record-usage';
import { createOrganizationWithProjects, createPerson } from '../support/fixtures';
import '../support/provided-context';

const database = createDatabaseClient(inject('databaseUrl'));
const redis = createRedisConnection(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379', 'producer');
const producer = new JobProducer(redis);
afterAll(async () => {
  await producer.close();
  redis.disconnect();
  await database.$disconnect();
});

let sequence = 0;
/** One emulated-strong call ($5 per million input tokens) costing exactly `usd` dollars on `day`. */
async function spend(project: { id: string; connectionId: string }, day: string, usd: number) {
  await recordUsage(database, {
    idempotencyKey: `alerts:${project.id}:${sequence++}`,
    projectId: project.id,
    connectionId: project.connectionId,
    provider: 'emulated',
    model: 'emulated-strong',
    source: 'playground',
    usage: { inputTokens: Math.round(usd * 200_000), outputTokens: 0 },
    isSuccess: true,
    occurredAt: new Date(`${day}T08:00:00Z`),
  });
}

async function rollUpFor(projectId: string) {
  const result = await rollUpUsage(database);
  return result.touched.filter((entry) => entry.projectId === projectId);
}

describe('budget alerts', () => {
  let fixture: Awaited<ReturnType<typeof createOrganizationWithProjects>>;
  let owner: Awaited<ReturnType<typeof createPerson>>;

  beforeAll(async () => {
    await syncCatalog(database);
    fixture = await createOrganizationWithProjects(database, 2);
    owner = await createPerson(database, fixture.organization.id, 'owner');
  });

  it('raises the 80% and the 100% alert once each per month', async () => {
    const project = fixture.projects[0]!;
    await database.budget.create({
      data: {
        organizationId: fixture.organization.id,
        projectId: project.id,
        scopeKey: project.id,
        monthlyLimitNanoUsd: 1_000_000_000n,
      },
    });
    await spend(project, '2026-11-24', 0.85);
    const first = await evaluateAlerts(database, await rollUpFor(project.id));
    expect(first.map((alert) => [alert.kind, alert.period])).toEqual([['budget_80', '2026-11']]);
    expect(first[0]!.message).toBe(
      'Project "Project 0" has spent $0.85 of its $1.00 budget for 2026-11 (85%).',
    );
    expect(await evaluateAlerts(database, [{ projectId: project.id, day: '2026-11-24' }])).toEqual([]);

    await spend(project, '2026-11-25', 0.2);
    const second = await evaluateAlerts(database, await rollUpFor(project.id));
    expect(second.map((alert) => alert.kind)).toEqual(['budget_100']);
    expect(second[0]!.message).toContain('is over its $1.00 budget for 2026-11: $1.05 spent (105%)');
    // A new month starts over.
    await spend(project, '2026-12-01', 0.9);
    const third = await evaluateAlerts(database, await rollUpFor(project.id));
    expect(third.map((alert) => [alert.kind, alert.period])).toEqual([['budget_80', '2026-12']]);
  });

  it('raises a daily spike above k× the trailing 7-day average, once per day', async () => {
    const project = fixture.projects[1]!;
    await database.budget.create({
      data: {
        organizationId: fixture.organization.id,
        projectId: project.id,
        scopeKey: project.id,
        monthlyLimitNanoUsd: 1_000_000_000_000n,
        spikeMultiplier: 3,
      },
    });
    // Catalog prices are in force from 2026-11-22: the week before the spike starts after that.
    for (let day = 23; day <= 29; day++) await spend(project, `2026-11-${day}`, 0.01);
    // 0.03 on day 8 is exactly 3× the average: not above it.
    await spend(project, '2026-11-30', 0.03);
    expect(await evaluateAlerts(database, await rollUpFor(project.id))).toEqual([]);
    await spend(project, '2026-11-30', 0.01);
    const alerts = await evaluateAlerts(database, await rollUpFor(project.id));
    expect(alerts.map((alert) => [alert.kind, alert.period])).toEqual([['daily_spike', '2026-11-30']]);
    expect(alerts[0]!.message).toContain('spent $0.04 on 2026-11-30, 4× its trailing 7-day average of $0.01');
    expect(await evaluateAlerts(database, [{ projectId: project.id, day: '2026-11-30' }])).toEqual([]);
  });

  it('raises an alert at once when a budget is set below what was already spent', async () => {
    const project = fixture.projects[0]!;
    const body = ZSetBudget.parse({ scope: 'organization', monthlyLimitUsd: '0.50' });
    const today = new Date().toISOString().slice(0, 10);
    await spend(project, today, 0.6);
    await rollUpUsage(database);
    const view = await setBudget({ database, producer }, owner, project.id, body);
    expect(view).toMatchObject({ scope: 'organization', monthlyLimit: { usd: '0.5', display: '$0.50' } });
    expect(view.percentUsed).toBeGreaterThanOrEqual(120);
    const alerts = await database.alert.findMany({
      where: { organizationId: fixture.organization.id, scopeKey: 'organization' },
    });
    expect(alerts.map((alert) => alert.kind).sort()).toEqual(['budget_100', 'budget_80']);
    const budgets = await listBudgets(database, owner, project.id);
    expect(budgets.organization?.monthlyLimit.display).toBe('$0.50');
  });

  it('refuses the organization budget to a project admin who is not an organization manager', async () => {
    const project = fixture.projects[0]!;
    const admin = await createPerson(database, fixture.organization.id, 'member', [
      { projectId: project.id, role: 'admin' },
    ]);
    const body = ZSetBudget.parse({ scope: 'organization', monthlyLimitUsd: '10' });
    await expect(setBudget({ database, producer }, admin, project.id, body)).rejects.toMatchObject({
      status: 403,
    });
    const budgets = await listBudgets(database, admin, project.id);
    expect(budgets.organization).toBeNull();
    expect(budgets.canManageOrganization).toBe(false);
  });
});

describe('alert delivery', () => {
  const received: unknown[] = [];
  let failuresLeft = 1;
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    let body = '';
    request.on('data', (chunk: Buffer) => {
      body += chunk.toString();
    });
    request.on('end', () => {
      received.push(JSON.parse(body));
      if (failuresLeft-- > 0) response.writeHead(503).end('try later');
      else response.writeHead(200).end('ok');
    });
  });
  let url: string;

  beforeAll(async () => {
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/services/T000/B000/secret`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('posts { text } and records failures until the webhook accepts it, then does not repeat', async () => {
    const { organization, projects } = await createOrganizationWithProjects(database, 1);
    const webhook = await database.alertWebhook.create({ data: { organizationId: organization.id, url } });
    const alert = await database.alert.create({
      data: {
        organizationId: organization.id,
        projectId: projects[0]!.id,
        scopeKey: projects[0]!.id,
        kind: 'budget_80',
        period: '2026-10',
        message: 'Project "Project 0" has spent $8.00 of its $10.00 budget for 2026-10 (80%).',
        details: {},
      },
    });
    await expect(deliverAlert(database, { alertId: alert.id, webhookId: webhook.id })).rejects.toThrow(/503/);
    const failed = await database.alert.findUniqueOrThrow({ where: { id: alert.id } });
    expect(failed).toMatchObject({ deliveryAttempts: 1, deliveredAt: null });
    expect(failed.lastDeliveryError).toContain('503');

    expect(await deliverAlert(database, { alertId: alert.id, webhookId: webhook.id })).toEqual({
      isDelivered: true,
      status: 200,
    });
    const delivered = await database.alert.findUniqueOrThrow({ where: { id: alert.id } });
    expect(delivered.deliveryAttempts).toBe(2);
    expect(delivered.deliveredAt).not.toBeNull();
    expect(received).toEqual([
      { text: `Yardstick: ${alert.message}` },
      { text: `Yardstick: ${alert.message}` },
    ]);

    // The job that carries it retries with exponential backoff, and enqueueing twice makes one job.
    expect(await enqueueAlertDeliveries({ database, producer }, [alert])).toBe(1);
    expect(await enqueueAlertDeliveries({ database, producer }, [alert])).toBe(1);
    const stored = JSON.parse(
      (await redis.hget(`yardstick:alerts:alert-${alert.id}-${webhook.id}`, 'opts')) ?? '{}',
    );
    expect(stored).toMatchObject({ attempts: 10, backoff: { type: 'exponential', delay: 5000 } });
  });
});
