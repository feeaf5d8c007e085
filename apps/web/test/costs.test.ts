// The cost API through HTTP: the organization view covers only the projects a person belongs to, an API key
// sees its own project only, the totals equal the recorded calls, CSV export, budgets and alerts.
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { recordUsage, rollUpUsage } from '@yardstick/core/server';
import { createDatabaseClient } from '@yardstick/db';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { HttpClient } from './support/http-client';
import { bearer, createApiKey, createProject, joinAs, signInOwner } from './support/people';

interface TReport {
  scope: { kind: string; projects: { id: string }[] };
  totals: { cost: { nanoUsd: string; usd: string; display: string }; calls: number; unpricedCalls: number };
  rows: { key: string; calls: number; cost: { nanoUsd: string } }[];
}

const database = createDatabaseClient(inject('databaseUrl'));
afterAll(() => database.$disconnect());

const today = new Date().toISOString().slice(0, 10);
const period = `from=${today}&to=${today}`;

describe('GET /api/v1/costs', () => {
  let owner: HttpClient;
  let member: HttpClient;
  let projectA: { id: string };
  let projectB: { id: string };
  const expected = new Map<string, { calls: number; cost: bigint }>();

  async function spend(projectId: string, model: string, inputTokens: number) {
    const { cost } = await recordUsage(database, {
      idempotencyKey: `costs-api:${randomUUID()}`,
      projectId,
      connectionId: null,
      provider: 'emulated',
      model,
      source: 'playground',
      usage: { inputTokens, outputTokens: 10 },
      latencyMs: 250,
      isSuccess: true,
      occurredAt: new Date(),
    });
    const entry = expected.get(projectId) ?? { calls: 0, cost: 0n };
    entry.calls += 1;
    entry.cost += cost.costNanoUsd ?? 0n;
    expected.set(projectId, entry);
  }

  beforeAll(async () => {
    owner = await signInOwner();
    projectA = await createProject(owner, 'Costs A');
    projectB = await createProject(owner, 'Costs B');
    member = (await joinAs(owner, projectA.id, 'member')).client;
    await spend(projectA.id, 'emulated-cheap', 1000);
    await spend(projectA.id, 'emulated-strong', 2000);
    await spend(projectA.id, 'not-in-the-catalog', 2000);
    await spend(projectB.id, 'emulated-strong', 500_000);
    // The stack's worker rolls up every few seconds too; running it here as well makes the test deterministic.
    await rollUpUsage(database);
  });

  it('shows a member the organization view of their own projects only, with exact totals', async () => {
    const report = await member.json<TReport>(
      member.get(`/api/v1/costs?scope=organization&${period}&groupBy=project`),
    );
    expect(report.scope.projects.map((project) => project.id)).toEqual([projectA.id]);
    expect(report.rows.map((row) => row.key)).toEqual([projectA.id]);
    expect(report.totals.calls).toBe(3);
    expect(report.totals.unpricedCalls).toBe(1);
    expect(report.totals.cost.nanoUsd).toBe(expected.get(projectA.id)!.cost.toString());

    const ownerView = await owner.json<TReport>(
      owner.get(
        `/api/v1/costs?scope=organization&projectIds=${projectA.id},${projectB.id}&${period}&groupBy=project`,
      ),
    );
    expect(ownerView.totals.cost.nanoUsd).toBe(
      (expected.get(projectA.id)!.cost + expected.get(projectB.id)!.cost).toString(),
    );
  });

  it("answers 404 for another project's costs, in either scope", async () => {
    for (const path of [
      `/api/v1/costs?projectId=${projectB.id}`,
      `/api/v1/costs?scope=organization&projectIds=${projectB.id}`,
      `/api/v1/costs/alerts?projectId=${projectB.id}`,
      `/api/v1/projects/${projectB.id}/budgets`,
      `/api/v1/costs/projection?projectId=${projectB.id}&requestsPerDay=1&inputTokens=1&outputTokens=1`,
    ]) {
      const response = await member.get(path);
      expect(response.status, path).toBe(404);
      expect(await response.text()).not.toContain('Costs B');
    }
  });

  it('lets a project API key see its project only', async () => {
    const { key } = await createApiKey(owner, projectA.id, 'viewer');
    const client = bearer(key);
    const report = await client.json<TReport>(client.get(`/api/v1/costs?scope=organization&${period}`));
    expect(report.scope.projects.map((project) => project.id)).toEqual([projectA.id]);
    expect(report.totals.calls).toBe(3);
    expect((await client.get(`/api/v1/costs?projectId=${projectB.id}`)).status).toBe(404);
  });

  it('filters by model and exports the table as CSV', async () => {
    const strong = await member.json<TReport>(
      member.get(`/api/v1/costs?projectId=${projectA.id}&${period}&model=emulated-strong`),
    );
    expect(strong.totals.calls).toBe(1);
    // 2000 input × $5/MTok + 10 output × $15/MTok = $0.01015.
    expect(strong.totals.cost.usd).toBe('0.01015');
    const csv = await member.get(`/api/v1/costs?projectId=${projectA.id}&${period}&format=csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toContain(
      'attachment; filename="yardstick-costs-project-model-',
    );
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(
      lines.some((line) => line.startsWith('emulated/not-in-the-catalog,') && line.includes(',0,0,1,0,')),
    ).toBe(true);
  });

  it('explains bad filters with 400 problem+json and changes nothing', async () => {
    for (const query of [
      `projectId=${projectA.id}&from=2026-12-10&to=2026-12-01`,
      `projectId=${projectA.id}&groupBy=colour`,
      'scope=project',
    ]) {
      const response = await member.get(`/api/v1/costs?${query}`);
      expect(response.status, query).toBe(400);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
    }
  });

  it('keeps the organization budget to organization managers and raises an alert when spend is over budget', async () => {
    const denied = await member.request('PUT', `/api/v1/projects/${projectA.id}/budgets`, {
      scope: 'organization',
      monthlyLimitUsd: '1',
    });
    expect(denied.status).toBe(403);
    const memberIsNotProjectAdmin = await member.request('PUT', `/api/v1/projects/${projectA.id}/budgets`, {
      monthlyLimitUsd: '1',
    });
    expect(memberIsNotProjectAdmin.status).toBe(403);
    const invalid = await owner.request('PUT', `/api/v1/projects/${projectA.id}/budgets`, {
      monthlyLimitUsd: '-5',
    });
    expect(invalid.status).toBe(400);

    const set = await owner.request('PUT', `/api/v1/projects/${projectA.id}/budgets`, {
      monthlyLimitUsd: '0.001',
    });
    expect(set.status).toBe(200);
    expect(await set.json()).toMatchObject({ scope: 'project', monthlyLimit: { usd: '0.001' } });
    const { alerts } = await member.json<{ alerts: { kind: string; isCurrent: boolean; message: string }[] }>(
      member.get(`/api/v1/costs/alerts?projectId=${projectA.id}`),
    );
    expect(alerts.map((alert) => alert.kind).sort()).toEqual(['budget_100', 'budget_80']);
    expect(alerts.every((alert) => alert.isCurrent && alert.message.includes('Costs A'))).toBe(true);
    const budgets = await member.json<{ organization: unknown; canManageOrganization: boolean }>(
      member.get(`/api/v1/projects/${projectA.id}/budgets`),
    );
    expect(budgets).toMatchObject({ organization: null, canManageOrganization: false });
  });

  it('keeps webhook URLs secret and to organization managers', async () => {
    const url = 'https://hooks.slack.example/services/T0/B0/very-secret-token';
    expect((await member.post(`/api/v1/projects/${projectA.id}/alert-webhooks`, { url })).status).toBe(403);
    expect(
      (await owner.post(`/api/v1/projects/${projectA.id}/alert-webhooks`, { url: 'ftp://example.com' }))
        .status,
    ).toBe(400);
    const created = await owner.post(`/api/v1/projects/${projectA.id}/alert-webhooks`, { url });
    expect(created.status).toBe(201);
    const listed = await owner.get(`/api/v1/projects/${projectA.id}/alert-webhooks`);
    const text = await listed.text();
    expect(text).not.toContain('very-secret-token');
    const { webhooks } = JSON.parse(text) as { webhooks: { id: string; maskedUrl: string }[] };
    expect(webhooks.at(-1)?.maskedUrl).toBe('https://hooks.slack.example/…oken');
    expect(
      (await owner.delete(`/api/v1/projects/${projectA.id}/alert-webhooks/${webhooks.at(-1)!.id}`)).status,
    ).toBe(204);
  });

  it('has the worker fold new calls in on its schedule and post alerts to a webhook, retrying a failure', async () => {
    const received: { text: string }[] = [];
    let failuresLeft = 1;
    const server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => {
        body += chunk.toString();
      });
      request.on('end', () => {
        received.push(JSON.parse(body) as { text: string });
        response.writeHead(failuresLeft-- > 0 ? 500 : 200).end();
      });
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    try {
      const project = await createProject(owner, 'Costs worker');
      const hook = await owner.post(`/api/v1/projects/${project.id}/alert-webhooks`, {
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
      });
      expect(hook.status).toBe(201);
      const budget = await owner.request('PUT', `/api/v1/projects/${project.id}/budgets`, {
        monthlyLimitUsd: '0.000001',
      });
      expect(budget.status).toBe(200);
      // Not rolled up here: the worker's scheduled job does it, then evaluates the budget.
      await spend(project.id, 'emulated-strong', 1000);
      await expect
        .poll(
          async () =>
            (await owner.json<TReport>(owner.get(`/api/v1/costs?projectId=${project.id}&${period}`))).totals
              .calls,
          {
            timeout: 20_000,
            interval: 500,
          },
        )
        .toBe(1);
      // Two alerts (80% and 100%), one webhook: the first post fails (500) and is retried after the backoff.
      const deliveredCount = async () => {
        const { alerts } = await owner.json<{ alerts: { kind: string; deliveredAt: string | null }[] }>(
          owner.get(`/api/v1/costs/alerts?projectId=${project.id}`),
        );
        return alerts.filter((alert) => alert.deliveredAt !== null).length;
      };
      await expect.poll(deliveredCount, { timeout: 40_000, interval: 1000 }).toBe(2);
      // The organization's webhook gets every alert of the organization: look at this project's only.
      expect(received.filter((message) => message.text.includes('"Costs worker"'))).toHaveLength(3);
    } finally {
      server.close();
    }
  }, 60_000);
});
