// Datasets, generation and labeling through the HTTP API of a running Yardstick (web + worker + emulator).
import { createDatabaseClient } from '@yardstick/db';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { HttpClient } from './support/http-client';
import { createProject, joinAs, signInOwner } from './support/people';

const database = createDatabaseClient(inject('databaseUrl'));
afterAll(() => database.$disconnect());

/** Posts raw bytes (a file upload) as the owner; the shared client only sends JSON. */
async function upload(path: string, body: Uint8Array<ArrayBuffer> | string, contentType = 'text/csv') {
  return fetch(new URL(path, inject('baseUrl')), {
    method: 'POST',
    headers: { cookie: inject('ownerCookie'), origin: inject('baseUrl'), 'content-type': contentType },
    body,
  });
}

const mapping = JSON.stringify({
  idColumn: 'id',
  inputs: [{ column: 'question', variable: 'question' }],
  expectedOutputColumn: 'answer',
});

describe('datasets over HTTP', () => {
  let owner: HttpClient;
  let projectId: string;
  let datasetId: string;
  let base: string;

  beforeAll(async () => {
    owner = await signInOwner();
    projectId = (await createProject(owner)).id;
    const created = await owner.post(`/api/v1/projects/${projectId}/datasets`, { name: 'Capitals' });
    expect(created.status).toBe(201);
    datasetId = ((await created.json()) as { id: string }).id;
    base = `/api/v1/projects/${projectId}/datasets/${datasetId}`;
  });

  it('previews a file, imports it streamed, and exports the version', async () => {
    const csv = 'id,question,answer\nfr,Capital of France?,Paris\nde,Capital of Germany?,Berlin\n';
    const preview = await upload(`${base}/imports/preview?isTruncated=false`, csv);
    expect(preview.status).toBe(200);
    expect(await preview.json()).toMatchObject({
      format: 'csv',
      columns: ['id', 'question', 'answer'],
      suggestedMapping: { idColumn: 'id', expectedOutputColumn: 'answer' },
    });
    const imported = await upload(
      `${base}/imports?format=csv&fileName=capitals.csv&mapping=${encodeURIComponent(mapping)}`,
      csv,
    );
    expect(imported.status).toBe(201);
    expect(await imported.json()).toMatchObject({ importedCount: 2, version: { number: 1, itemCount: 2 } });
    const exported = await owner.get(`${base}/versions/1/export?format=csv`);
    expect(exported.headers.get('content-disposition')).toBe('attachment; filename="Capitals-v1.csv"');
    expect(await exported.text()).toBe(
      'id,question,expected_output\nfr,Capital of France?,Paris\nde,Capital of Germany?,Berlin\n',
    );
  });

  it('answers bad files with clear problems and changes nothing', async () => {
    const latin1 = new Uint8Array([
      ...new TextEncoder().encode('id,question,answer\nes,Capital de Espa'),
      0xf1,
      0x61,
      0x3f,
      0x2c,
      0x4d,
      0x0a,
    ]);
    const encoding = await upload(
      `${base}/imports?format=csv&mapping=${encodeURIComponent(mapping)}`,
      latin1,
    );
    expect(encoding.status).toBe(422);
    expect(encoding.headers.get('content-type')).toContain('application/problem+json');
    expect(((await encoding.json()) as { detail: string }).detail).toMatch(/not UTF-8 text: line 2/);

    const missing = await upload(
      `${base}/imports?format=csv&mapping=${encodeURIComponent(JSON.stringify({ inputs: [{ column: 'prompt', variable: 'prompt' }] }))}`,
      'id,question\nx,y\n',
    );
    expect(missing.status).toBe(422);
    expect(((await missing.json()) as { detail: string }).detail).toContain(
      '"prompt", which the file does not have',
    );

    const duplicate = await upload(
      `${base}/imports?format=csv&mapping=${encodeURIComponent(mapping)}`,
      'id,question,answer\nfr,Again?,Paris\n',
    );
    expect(duplicate.status).toBe(422);
    expect(((await duplicate.json()) as { errors: { field: string; message: string }[] }).errors[0]).toEqual({
      field: 'line 2',
      message:
        'has the id "fr", which the dataset already has; give it another id, or import in replace mode',
    });

    const badMapping = await upload(`${base}/imports?format=csv&mapping=%7Bnope`, 'id\n1\n');
    expect(badMapping.status).toBe(400);
    expect(((await badMapping.json()) as { detail: string }).detail).toContain(
      'query.mapping is not valid JSON',
    );

    const dataset = await owner.json<{ latestVersion: number; itemCount: number }>(owner.get(base));
    expect(dataset).toMatchObject({ latestVersion: 1, itemCount: 2 });
  });

  it('imports 100,000 rows uploaded over HTTP', async () => {
    const large = await owner.json<{ id: string }>(
      owner.post(`/api/v1/projects/${projectId}/datasets`, { name: 'Large' }),
    );
    const lines = ['id,question,answer'];
    for (let index = 0; index < 100_000; index++)
      lines.push(`q${index},"What is ${index} squared, exactly?",${index * index}`);
    const body = `${lines.join('\n')}\n`;
    const startedAt = performance.now();
    const response = await upload(
      `/api/v1/projects/${projectId}/datasets/${large.id}/imports?format=csv&mapping=${encodeURIComponent(mapping)}`,
      body,
    );
    const elapsedMs = Math.round(performance.now() - startedAt);
    const result = (await response.json()) as { importedCount: number; durationMs: number };
    process.stdout.write(
      `\n100,000-row CSV (${(body.length / 1024 / 1024).toFixed(1)} MB) over HTTP: ${elapsedMs} ms end to end, ${result.durationMs} ms in the import\n`,
    );
    expect(response.status).toBe(201);
    expect(result.importedCount).toBe(100_000);
  }, 180_000);
});

describe('generating and labeling over HTTP', () => {
  let owner: HttpClient;
  let projectId: string;
  let datasetId: string;
  let runId: string;
  let taskId: string;
  let runCostNanoUsd: bigint;
  let labelers: HttpClient[];

  beforeAll(async () => {
    owner = await signInOwner();
    projectId = (await createProject(owner)).id;
    const dataset = await owner.json<{ id: string }>(
      owner.post(`/api/v1/projects/${projectId}/datasets`, { name: 'Quiz' }),
    );
    datasetId = dataset.id;
    const csv =
      'id,question\nq1,Who was the first president of the USA?\nq2,What is the capital of France?\nq3,What is 2 + 2?\n';
    const imported = await upload(
      `/api/v1/projects/${projectId}/datasets/${datasetId}/imports?format=csv&mapping=${encodeURIComponent(JSON.stringify({ idColumn: 'id', inputs: [{ column: 'question', variable: 'question' }] }))}`,
      csv,
    );
    expect(imported.status).toBe(201);
    labelers = [
      (await joinAs(owner, projectId, 'labeler')).client,
      (await joinAs(owner, projectId, 'labeler')).client,
    ];
  });

  it('predicts the cost, generates through the queue and records the spend as labeling_generation', async () => {
    const { connections } = await owner.json<{ connections: { id: string; kind: string }[] }>(
      owner.get(`/api/v1/projects/${projectId}/connections`),
    );
    const emulated = connections.find((connection) => connection.kind === 'emulated')!;
    const configIds: string[] = [];
    for (const model of ['emulated-strong', 'emulated-weak']) {
      const created = await owner.post(`/api/v1/projects/${projectId}/model-configs`, {
        name: model,
        connectionId: emulated.id,
        model,
      });
      expect(created.status).toBe(201);
      configIds.push(((await created.json()) as { id: string }).id);
    }
    const prompt = await owner.json<{ latestVersion: { id: string } }>(
      owner.post(`/api/v1/projects/${projectId}/prompts`, {
        name: 'Quiz prompt',
        messages: [{ role: 'user', content: 'Answer in one sentence: {{question}}' }],
      }),
    );
    const draft = { datasetVersion: 1, promptVersionId: prompt.latestVersion.id, modelConfigIds: configIds };
    const prediction = await owner.json<{ completionCount: number; totalNanoUsd: string | null }>(
      owner.post(`/api/v1/projects/${projectId}/datasets/${datasetId}/generation-runs/prediction`, draft),
    );
    expect(prediction.completionCount).toBe(6);
    expect(BigInt(prediction.totalNanoUsd!)).toBeGreaterThan(0n);

    const wrongVariable = await owner.json<{ latestVersion: { id: string } }>(
      owner.post(`/api/v1/projects/${projectId}/prompts`, {
        name: 'Other',
        messages: [{ role: 'user', content: '{{context}}' }],
      }),
    );
    const refused = await owner.post(`/api/v1/projects/${projectId}/datasets/${datasetId}/generation-runs`, {
      ...draft,
      promptVersionId: wrongVariable.latestVersion.id,
    });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { detail: string }).detail).toContain('The prompt uses {{context}}');

    const started = await owner.post(
      `/api/v1/projects/${projectId}/datasets/${datasetId}/generation-runs`,
      draft,
    );
    expect(started.status).toBe(201);
    runId = ((await started.json()) as { id: string }).id;
    let run:
      | { status: string; counts: { succeeded: number }; costNanoUsd: string; costPerItemNanoUsd: string }
      | undefined;
    for (let attempt = 0; attempt < 120; attempt++) {
      run = await owner.json(owner.get(`/api/v1/projects/${projectId}/generation-runs/${runId}`));
      if (run!.status === 'succeeded' || run!.status === 'failed') break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(run).toMatchObject({ status: 'succeeded', counts: { succeeded: 6 } });
    const events = await database.usageEvent.findMany({ where: { projectId, referenceId: runId } });
    expect(events).toHaveLength(6);
    expect(events.every((event) => event.source === 'labeling_generation' && event.isSuccess)).toBe(true);
    expect(events.reduce((sum, event) => sum + (event.costNanoUsd ?? 0n), 0n).toString()).toBe(
      run!.costNanoUsd,
    );
    runCostNanoUsd = BigInt(run!.costNanoUsd);
    expect(runCostNanoUsd).toBeGreaterThan(0n);
    expect(BigInt(run!.costPerItemNanoUsd)).toBe((runCostNanoUsd * 2n + 6n) / 12n);
  }, 90_000);

  it('deals blind items, refuses bad ratings and ratings on others’ items, and reviews agreement', async () => {
    const members = await owner.json<{ members: { userId: string; role: string }[] }>(
      owner.get(`/api/v1/projects/${projectId}/members`),
    );
    const labelerIds = members.members
      .filter((member) => member.role === 'labeler')
      .map((member) => member.userId);
    const created = await owner.post(`/api/v1/projects/${projectId}/labeling-tasks`, {
      name: 'Quiz answers',
      source: { kind: 'generation_run', generationRunId: runId },
      overlap: 2,
      assigneeIds: labelerIds,
    });
    expect(created.status).toBe(201);
    taskId = ((await created.json()) as { id: string }).id;
    const task = `/api/v1/projects/${projectId}/labeling-tasks/${taskId}`;

    const [first, second] = labelers as [HttpClient, HttpClient];
    const deal = await first.json<{
      item: { assignmentId: string; completion: string; prompt: { content: string }[] };
    }>(first.post(`${task}/next`));
    expect(deal.item.prompt[0]!.content).toMatch(/^Answer in one sentence: /);
    expect(JSON.stringify(deal)).not.toContain('emulated-');

    const tooMany = await first.post(`${task}/assignments/${deal.item.assignmentId}/answer`, {
      action: 'rate',
      stars: 7,
    });
    expect(tooMany.status).toBe(400);
    expect(((await tooMany.json()) as { detail: string }).detail).toContain(
      'body.stars must be a whole number of stars from 1 to 5',
    );
    const notYours = await second.post(`${task}/assignments/${deal.item.assignmentId}/answer`, {
      action: 'rate',
      stars: 3,
    });
    expect(notYours.status).toBe(403);
    expect((await first.get(`${task}/review`)).status).toBe(403);

    for (const [index, labeler] of labelers.entries()) {
      let current =
        index === 0
          ? deal.item
          : (await labeler.json<{ item: typeof deal.item | null }>(labeler.post(`${task}/next`))).item;
      while (current) {
        const stars = current.completion.length > 120 ? 5 : 3;
        const answered = await labeler.json<{ item: typeof deal.item | null }>(
          labeler.post(`${task}/assignments/${current.assignmentId}/answer`, { action: 'rate', stars }),
        );
        current = answered.item;
      }
    }
    const review = await owner.json<{
      progress: { ratings: number; target: number };
      agreement: { alpha: number | null; pairableItems: number; kappaPairs: number };
      models: { name: string; ratingCount: number }[];
      generationCost: {
        calls: number;
        units: number;
        cost: { nanoUsd: string };
        unitCost: { nanoUsd: string };
      };
    }>(owner.get(`${task}/review`));
    expect(review.progress).toMatchObject({ ratings: 12, target: 12 });
    // The generation run's cost, spread over the 6 items people labeled.
    expect(review.generationCost).toMatchObject({
      calls: 6,
      units: 6,
      cost: { nanoUsd: String(runCostNanoUsd) },
    });
    expect(BigInt(review.generationCost.unitCost.nanoUsd)).toBe((runCostNanoUsd * 2n + 6n) / 12n);
    expect(review.agreement).toMatchObject({ pairableItems: 6, kappaPairs: 6 });
    expect(review.models.map((model) => [model.name, model.ratingCount])).toEqual([
      ['emulated-strong', 6],
      ['emulated-weak', 6],
    ]);
    const exported = await owner.get(`${task}/ratings/export?format=csv`);
    expect((await exported.text()).trim().split('\n')).toHaveLength(13);
  }, 60_000);

  it('promotes the best-rated completions as a new dataset version', async () => {
    const promoted = await owner.post(`/api/v1/projects/${projectId}/labeling-tasks/${taskId}/promotion`, {
      threshold: 1,
    });
    expect(promoted.status).toBe(201);
    expect(await promoted.json()).toMatchObject({ promotedCount: 3, version: { number: 2, itemCount: 3 } });
    const items = await owner.json<{ items: { expectedOutput: string | null }[] }>(
      owner.get(`/api/v1/projects/${projectId}/datasets/${datasetId}/items?version=2`),
    );
    expect(items.items.every((item) => item.expectedOutput !== null)).toBe(true);
  });
});
