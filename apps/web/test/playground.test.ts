// The playground through the API and the real worker: model configs, prompt versions, comparisons with their
// validation, predicted and actual cost, live feed, provider faults, stopping, re-running and feedback.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import type { TComparisonView, TCostPrediction, TPromptView } from '@yardstick/core';
import { createDatabaseClient } from '@yardstick/db';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  cellAt,
  createModelConfig,
  emulatedConnectionId,
  injectFault,
  readFeed,
  startComparison,
  waitForComparison,
} from './support/comparisons';
import type { HttpClient } from './support/http-client';
import { createProject, joinAs, signInOwner } from './support/people';
import { stopProcess } from './support/stack';

interface TProblem {
  status: number;
  detail: string;
  errors: { field?: string; message: string }[];
}

const database = createDatabaseClient(inject('databaseUrl'), { maxConnections: 2 });
const tag = () => randomUUID().slice(0, 8);
const userPrompt = (content: string) => [{ role: 'user', content }];

describe('playground', () => {
  let owner: HttpClient;
  let projectId: string;
  let connectionId: string;
  let cheap: { id: string };
  let weak: { id: string };
  const base = () => `/api/v1/projects/${projectId}`;

  beforeAll(async () => {
    owner = await signInOwner();
    projectId = (await createProject(owner)).id;
    connectionId = await emulatedConnectionId(owner, projectId);
    cheap = await createModelConfig(owner, projectId, {
      name: 'Cheap',
      model: 'emulated-cheap',
      connectionId,
    });
    weak = await createModelConfig(owner, projectId, { name: 'Weak', model: 'emulated-weak', connectionId });
  });

  afterAll(async () => {
    await database.$disconnect();
  });

  describe('model configs', () => {
    it('are created, listed, edited, duplicated and archived by members; viewers only read', async () => {
      const viewer = (await joinAs(owner, projectId, 'viewer')).client;
      const created = await owner.json<{ id: string; name: string; price: unknown; temperature: number }>(
        owner.post(`${base()}/model-configs`, {
          name: 'Strong, careful',
          connectionId,
          model: 'emulated-strong',
          temperature: 0.3,
          maxOutputTokens: 300,
          stopSequences: ['END'],
          systemPrompt: 'Be brief.',
        }),
      );
      expect(created).toMatchObject({
        name: 'Strong, careful',
        temperature: 0.3,
        price: { inputPerMTok: '5', outputPerMTok: '15' },
      });

      const listed = await viewer.json<{ modelConfigs: { id: string }[] }>(
        viewer.get(`${base()}/model-configs`),
      );
      expect(listed.modelConfigs.map((config) => config.id)).toContain(created.id);
      expect(
        (await viewer.post(`${base()}/model-configs`, { name: 'x', connectionId, model: 'emulated-cheap' }))
          .status,
      ).toBe(403);
      expect((await viewer.patch(`${base()}/model-configs/${created.id}`, { temperature: 1 })).status).toBe(
        403,
      );

      const edited = await owner.json<{ temperature: number; topP: number }>(
        owner.patch(`${base()}/model-configs/${created.id}`, { temperature: 0.9, topP: 0.5 }),
      );
      expect(edited).toMatchObject({ temperature: 0.9, topP: 0.5 });

      const copy = await owner.json<{ id: string; name: string; temperature: number }>(
        owner.post(`${base()}/model-configs/${created.id}/duplicate`, {}),
      );
      expect(copy).toMatchObject({ name: 'Strong, careful (copy)', temperature: 0.9 });
      const second = await owner.json<{ name: string }>(
        owner.post(`${base()}/model-configs/${created.id}/duplicate`, {}),
      );
      expect(second.name).toBe('Strong, careful (copy 2)');

      await owner.patch(`${base()}/model-configs/${copy.id}`, { isArchived: true });
      const active = await owner.json<{ modelConfigs: { id: string }[] }>(
        owner.get(`${base()}/model-configs`),
      );
      expect(active.modelConfigs.map((config) => config.id)).not.toContain(copy.id);
      const all = await owner.json<{ modelConfigs: { id: string; isArchived: boolean }[] }>(
        owner.get(`${base()}/model-configs?includeArchived=true`),
      );
      expect(all.modelConfigs.find((config) => config.id === copy.id)?.isArchived).toBe(true);
    });

    it('refuse an unknown model, a foreign connection and a duplicate name with clear errors', async () => {
      const unknown = await owner.json<TProblem>(
        owner.post(`${base()}/model-configs`, { name: 'Nope', connectionId, model: 'gpt-17-ultra' }),
      );
      expect(unknown.status).toBe(400);
      expect(unknown.errors[0]).toMatchObject({ field: 'body.model' });
      expect(unknown.detail).toMatch(/not in the model catalog/);

      const other = await createProject(owner);
      const foreign = await emulatedConnectionId(owner, other.id);
      const refused = await owner.json<TProblem>(
        owner.post(`${base()}/model-configs`, {
          name: 'Elsewhere',
          connectionId: foreign,
          model: 'emulated-cheap',
        }),
      );
      expect(refused.errors[0]).toMatchObject({ field: 'body.connectionId' });

      const taken = await owner.post(`${base()}/model-configs`, {
        name: 'Cheap',
        connectionId,
        model: 'emulated-cheap',
      });
      expect(taken.status).toBe(409);
    });
  });

  describe('prompts', () => {
    it('keep used versions immutable: changed text of a used version becomes a new version', async () => {
      const created = await owner.json<TPromptView>(
        owner.post(`${base()}/prompts`, {
          name: `Yes/no ${tag()}`,
          messages: userPrompt('Does {{drug}} help?'),
        }),
      );
      expect(created.latestVersion).toMatchObject({ version: 1, variables: ['drug'], isUsed: false });

      const unchanged = await owner.json<TPromptView>(
        owner.patch(`${base()}/prompts/${created.id}`, { messages: userPrompt('Does {{drug}} help?') }),
      );
      expect(unchanged.versions).toHaveLength(1);
      const editedInPlace = await owner.json<TPromptView>(
        owner.patch(`${base()}/prompts/${created.id}`, {
          messages: userPrompt('Does {{drug}} reduce {{condition}}?'),
        }),
      );
      expect(editedInPlace.versions).toHaveLength(1);
      expect(editedInPlace.latestVersion.variables).toEqual(['drug', 'condition']);

      const comparison = await startComparison(owner, projectId, {
        modelConfigIds: [cheap.id],
        rows: [
          {
            promptVersionId: created.latestVersion.id,
            variables: { drug: 'aspirin', condition: 'heart attack' },
          },
        ],
      });
      await waitForComparison(owner, projectId, comparison.id);
      const afterUse = await owner.json<TPromptView>(
        owner.patch(`${base()}/prompts/${created.id}`, {
          messages: userPrompt('Answer yes or no: does {{drug}} help?'),
        }),
      );
      expect(afterUse.versions?.map((version) => version.version)).toEqual([2, 1]);
      expect(afterUse.versions?.[1]).toMatchObject({ isUsed: true, variables: ['drug', 'condition'] });
    });
  });

  describe('validation', () => {
    const comparisonCount = async () =>
      (await owner.json<{ comparisons: unknown[] }>(owner.get(`${base()}/comparisons?limit=100`))).comparisons
        .length;

    it('answers each problem with a 400 naming the row or column, and stores nothing', async () => {
      const before = await comparisonCount();
      const post = (draft: unknown) => owner.json<TProblem>(owner.post(`${base()}/comparisons`, draft));

      const empty = await post({ modelConfigIds: [cheap.id], rows: [{ messages: userPrompt('  ') }] });
      expect(empty).toMatchObject({
        status: 400,
        detail: 'Row 1: the prompt is empty; write a user message',
      });

      const missing = await post({
        modelConfigIds: [cheap.id],
        rows: [
          { messages: userPrompt('ok') },
          { messages: userPrompt('Does {{drug}} help?'), variables: {} },
        ],
      });
      expect(missing.detail).toBe('Row 2: {{drug}} has no value');
      expect(missing.errors[0]?.field).toBe('body.rows.1.variables.drug');

      const unknown = await post({
        modelConfigIds: [cheap.id],
        rows: [
          { messages: userPrompt('Does {{drug}} help?'), variables: { drug: 'aspirin', dose: '100 mg' } },
        ],
      });
      expect(unknown.detail).toBe('Row 1: "dose" is not a variable of the prompt (it uses {{drug}})');

      // About 200,000 tokens (one per " x"), within the 1 MB body limit.
      const huge = 'x '.repeat(200_000);
      const tooLong = await post({
        modelConfigIds: [cheap.id, weak.id],
        rows: [{ messages: userPrompt(huge) }],
      });
      expect(tooLong.status).toBe(400);
      expect(tooLong.detail).toMatch(
        /^Row 1 × Column 1 \(Cheap\): the prompt is about [\d,]+ tokens, more than the 128,000-token context window of emulated-cheap/,
      );

      const manyRows = await post({
        modelConfigIds: [cheap.id],
        rows: Array.from({ length: 21 }, () => ({ messages: userPrompt('hi') })),
      });
      expect(manyRows.detail).toMatch(/at most 20 rows × 10 model configs = 200 cells; this one has 21 rows/);

      const archived = await createModelConfig(owner, projectId, {
        name: `Old ${tag()}`,
        model: 'emulated-cheap',
        connectionId,
      });
      await owner.patch(`${base()}/model-configs/${archived.id}`, { isArchived: true });
      const column = await post({
        modelConfigIds: [cheap.id, archived.id],
        rows: [{ messages: userPrompt('hi') }],
      });
      expect(column.detail).toMatch(/^Column 2 \(Old .+\): the model config is archived/);

      expect(await comparisonCount()).toBe(before);
    });
  });

  describe('running a comparison', () => {
    it('predicts the cost per cell and in total, then stores each cell with usage, latency and exact cost', async () => {
      const draft = {
        modelConfigIds: [cheap.id, weak.id],
        rows: [
          {
            messages: userPrompt('Answer yes or no: does {{drug}} reduce the risk of {{condition}}?'),
            variables: { drug: 'aspirin', condition: 'heart attack' },
          },
          {
            messages: userPrompt('Score this essay from 1 to 5: {{essay}}'),
            variables: { essay: 'Cats are great. The end.' },
          },
        ],
      };
      const prediction = await owner.json<TCostPrediction>(
        owner.post(`${base()}/comparisons/predict`, draft),
      );
      expect(prediction.cellCount).toBe(4);
      expect(prediction.isEstimate).toBe(true);
      const cellSum = prediction.cells.reduce((sum, cell) => sum + BigInt(cell.costNanoUsd!), 0n);
      expect(BigInt(prediction.totalNanoUsd)).toBe(cellSum);

      const created = await startComparison(owner, projectId, draft);
      expect(created.cells.map((cell) => cell.status)).toEqual(['pending', 'pending', 'pending', 'pending']);
      expect(created.predictedCostNanoUsd).toBe(prediction.totalNanoUsd);

      const done = await waitForComparison(owner, projectId, created.id);
      expect(done.status).toBe('succeeded');
      const prices = [
        { input: 150n, output: 600n },
        { input: 50n, output: 100n },
      ];
      for (const cell of done.cells) {
        expect(cell).toMatchObject({ status: 'succeeded', finishReason: 'stop', isPriced: true });
        expect(cell.text?.length).toBeGreaterThan(0);
        expect(cell.latencyMs).toBeGreaterThan(0);
        expect(cell.timeToFirstTokenMs).toBeGreaterThan(0);
        const price = prices[cell.columnIndex]!;
        expect(BigInt(cell.costNanoUsd!)).toBe(
          BigInt(cell.inputTokens!) * price.input + BigInt(cell.outputTokens!) * price.output,
        );
      }
      expect(cellAt(done, 0, 0).text).toBe(
        'Yes. Aspirin thins the blood and lowers the risk of heart attack.',
      );

      const events = await database.usageEvent.findMany({ where: { referenceId: created.id } });
      expect(events).toHaveLength(4);
      for (const event of events) {
        expect(event).toMatchObject({ source: 'playground', referenceType: 'comparison', isSuccess: true });
        const cell = done.cells.find((candidate) => `completion:${candidate.id}` === event.idempotencyKey);
        expect(event.costNanoUsd?.toString()).toBe(cell?.costNanoUsd);
      }
    });

    it('streams the same state to two readers of the feed, ending when the comparison does', async () => {
      const created = await startComparison(owner, projectId, {
        modelConfigIds: [cheap.id, weak.id],
        rows: [
          {
            messages: userPrompt('Should a startup use an open-source or a proprietary LLM? {{context}}'),
            variables: { context: 'Five engineers.' },
          },
        ],
      });
      const path = `${base()}/comparisons/${created.id}/events`;
      const [first, second] = await Promise.all([readFeed(owner, path), readFeed(owner, path)]);
      const done = await waitForComparison(owner, projectId, created.id);
      for (const feed of [first, second]) {
        expect(feed[0]?.event).toBe('snapshot');
        expect(feed.at(-1)?.event).toBe('end');
        const finished = feed
          .filter(
            (item) => item.event === 'update' && (item.data as { type: string }).type === 'cell.finished',
          )
          .map((item) => (item.data as { cell: { id: string; text: string } }).cell);
        for (const cell of done.cells) {
          const seen =
            finished.find((candidate) => candidate.id === cell.id) ??
            (feed[0]!.data as TComparisonView).cells.find((candidate) => candidate.id === cell.id);
          expect(seen?.text).toBe(cell.text);
        }
      }
      // Opened after the end, the feed is the saved state at once.
      const late = await readFeed(owner, path);
      expect(late.map((item) => item.event)).toEqual(['snapshot', 'end']);
      expect((late[0]!.data as TComparisonView).cells.map((cell) => cell.text)).toEqual(
        done.cells.map((cell) => cell.text),
      );
    });

    it('retries a provider that answers 429, then stores the answer and records its usage once', async () => {
      const model = `emulated-cheap-busy-${tag()}`;
      const busy = await createModelConfig(owner, projectId, { name: `Busy ${tag()}`, model, connectionId });
      await injectFault({ kind: 'rate_limited', model, count: 2, retryAfterSeconds: 0 });
      const created = await startComparison(owner, projectId, {
        modelConfigIds: [busy.id],
        rows: [{ messages: userPrompt('Hello there') }],
      });
      const done = await waitForComparison(owner, projectId, created.id);
      expect(cellAt(done, 0, 0)).toMatchObject({ status: 'succeeded', attempts: 3, errorClass: null });
      expect(await database.usageEvent.count({ where: { referenceId: created.id } })).toBe(1);
    });

    it('shows a provider error in its cell while the other cells succeed', async () => {
      const model = `emulated-cheap-broken-${tag()}`;
      const broken = await createModelConfig(owner, projectId, {
        name: `Broken ${tag()}`,
        model,
        connectionId,
      });
      await injectFault({ kind: 'invalid_request', model, count: 2 });
      const created = await startComparison(owner, projectId, {
        modelConfigIds: [cheap.id, broken.id],
        rows: [{ messages: userPrompt('What is the capital of France?') }],
      });
      const done = await waitForComparison(owner, projectId, created.id);
      expect(done.status).toBe('succeeded');
      expect(cellAt(done, 0, 0)).toMatchObject({ status: 'succeeded', text: 'Paris' });
      const failed = cellAt(done, 0, 1);
      expect(failed).toMatchObject({ status: 'failed', errorClass: 'invalid_request' });
      expect(failed.errorMessage).toBeTruthy();
      const usage = await database.usageEvent.findFirst({
        where: { idempotencyKey: `completion:${failed.id}` },
      });
      expect(usage).toMatchObject({ isSuccess: false, errorClass: 'invalid_request' });
    });

    it('stops a slow comparison: calls in flight are aborted, the rest never start, cells end cancelled', async () => {
      const strong = await createModelConfig(owner, projectId, {
        name: `Strong ${tag()}`,
        model: 'emulated-strong',
        connectionId,
      });
      const created = await startComparison(owner, projectId, {
        modelConfigIds: [strong.id],
        rows: Array.from({ length: 12 }, (_, index) => ({
          messages: userPrompt(`Should a startup use an open-source or a proprietary LLM? Case ${index}.`),
        })),
      });
      await waitForComparison(owner, projectId, created.id, (view) =>
        view.cells.some((cell) => (cell.text?.length ?? 0) > 0 || cell.status === 'running'),
      );
      const stoppedAt = Date.now();
      const stopped = await owner.json<TComparisonView>(
        owner.post(`${base()}/comparisons/${created.id}/cancel`, {}),
      );
      expect(stopped.status).toBe('cancelled');
      expect(stopped.cells.every((cell) => cell.status === 'cancelled')).toBe(true);
      // The workers' aborted calls come back with what had streamed, long before a full answer (~10 s).
      const settled = await waitForComparison(
        owner,
        projectId,
        created.id,
        (view) =>
          view.cells.filter((cell) => cell.errorClass === 'aborted').length > 0 &&
          view.cells.every((cell) => cell.status === 'cancelled'),
        15_000,
      );
      expect(Date.now() - stoppedAt).toBeLessThan(5_000);
      expect(settled.cells.every((cell) => cell.status === 'cancelled')).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const later = await waitForComparison(owner, projectId, created.id);
      expect(later.cells.filter((cell) => cell.startedAt === null).length).toBeGreaterThan(0);
      expect(later.cells.every((cell) => cell.status === 'cancelled')).toBe(true);
    });

    it('re-runs one cell as a new completion, and takes thumbs and pairwise ratings', async () => {
      const created = await startComparison(owner, projectId, {
        modelConfigIds: [cheap.id, weak.id],
        rows: [{ messages: userPrompt('What is the capital of Australia?') }],
      });
      const done = await waitForComparison(owner, projectId, created.id);
      const previous = cellAt(done, 0, 1);
      const rerun = await owner.post(`${base()}/comparisons/${created.id}/cells/${previous.id}/rerun`, {});
      expect(rerun.status).toBe(201);
      const replacement = (await rerun.json()) as { id: string; status: string };
      expect(replacement).toMatchObject({ status: 'pending' });
      expect(replacement.id).not.toBe(previous.id);
      const again = await waitForComparison(
        owner,
        projectId,
        created.id,
        (view) => cellAt(view, 0, 1).status === 'succeeded' && view.status === 'succeeded',
      );
      expect(cellAt(again, 0, 1).id).toBe(replacement.id);
      expect(await database.usageEvent.count({ where: { referenceId: created.id } })).toBe(3);

      const [a, b] = [cellAt(again, 0, 0), cellAt(again, 0, 1)];
      await owner.post(`${base()}/comparisons/${created.id}/ratings`, {
        kind: 'thumbs',
        completionId: a.id,
        value: 1,
      });
      await owner.post(`${base()}/comparisons/${created.id}/ratings`, {
        kind: 'thumbs',
        completionId: a.id,
        value: -1,
      });
      const { ratings } = await owner.json<{ ratings: TComparisonView['ratings'] }>(
        owner.post(`${base()}/comparisons/${created.id}/ratings`, {
          kind: 'pairwise',
          completionId: a.id,
          otherCompletionId: b.id,
          value: 1,
        }),
      );
      expect(ratings.map((rating) => [rating.kind, rating.value])).toEqual([
        ['thumbs', -1],
        ['pairwise', 1],
      ]);
      const view = await owner.json<TComparisonView>(owner.get(`${base()}/comparisons/${created.id}`));
      expect(view.ratings).toHaveLength(2);
      const viewer = (await joinAs(owner, projectId, 'viewer')).client;
      expect(
        (
          await viewer.post(`${base()}/comparisons/${created.id}/ratings`, {
            kind: 'thumbs',
            completionId: a.id,
            value: 1,
          })
        ).status,
      ).toBe(403);
      expect((await viewer.get(`${base()}/comparisons/${created.id}`)).status).toBe(200);
    });

    it('exports a comparison as CSV and JSON', async () => {
      const created = await startComparison(owner, projectId, {
        modelConfigIds: [cheap.id],
        rows: [{ messages: userPrompt('=HYPERLINK("x") What is 17 × 23?') }],
      });
      const done = await waitForComparison(owner, projectId, created.id);
      const csv = await owner.get(`${base()}/comparisons/${created.id}/export?format=csv`);
      expect(csv.headers.get('content-type')).toContain('text/csv');
      const text = await csv.text();
      expect(text.split('\r\n')[0]).toMatch(/^row,column,model_config,provider,model,prompt/);
      expect(text).toContain(`"'=HYPERLINK(""x"") What is 17 × 23?"`);
      const json = await owner.json<TComparisonView & { summary: { costNanoUsd: string } }>(
        owner.get(`${base()}/comparisons/${created.id}/export?format=json`),
      );
      expect(json.summary.costNanoUsd).toBe(cellAt(done, 0, 0).costNanoUsd);
    });
  });

  describe('a worker killed mid-comparison', () => {
    const repositoryRoot = resolve(import.meta.dirname, '..', '..', '..');
    const workers: ChildProcess[] = [];
    // Short locks and frequent stalled-job checks, so the dead worker's jobs come back within seconds.
    const startWorker = () => {
      const worker = spawn(process.execPath, ['--import', 'tsx', 'apps/worker/src/main.ts'], {
        cwd: repositoryRoot,
        env: {
          ...process.env,
          ...inject('workerEnvironment'),
          YARDSTICK_AUTH_SECRET: 'a-test-worker-needs-no-real-auth-secret',
          YARDSTICK_WORKER_LOCK_DURATION_MS: '3000',
          YARDSTICK_WORKER_STALLED_INTERVAL_MS: '1000',
          LOG_LEVEL: 'warn',
        },
        stdio: 'ignore',
      });
      workers.push(worker);
      return worker;
    };
    const liveWorker = async (pid: number) => {
      const health = await owner.json<{ workers: { live: { pid: number; activeJobs: number }[] } }>(
        owner.get('/api/health'),
      );
      return health.workers.live.find((worker) => worker.pid === pid);
    };
    const waitFor = async (check: () => Promise<boolean>, timeoutMs: number, what: string) => {
      const deadline = Date.now() + timeoutMs;
      while (!(await check())) {
        if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}.`);
        await new Promise((resolveWait) => setTimeout(resolveWait, 250));
      }
    };

    afterAll(async () => {
      const running = workers.filter((worker) => worker.exitCode === null && worker.signalCode === null);
      await Promise.all(running.map((worker) => stopProcess(worker)));
    });

    it('gives every cell exactly one stored result once another worker has taken its jobs over', async () => {
      const doomed = startWorker();
      await waitFor(
        async () => (await liveWorker(doomed.pid!)) !== undefined,
        60_000,
        'the extra worker to start',
      );
      const strong = await createModelConfig(owner, projectId, {
        name: `Strong ${tag()}`,
        model: 'emulated-strong',
        connectionId,
      });
      const created = await startComparison(owner, projectId, {
        modelConfigIds: [strong.id],
        rows: Array.from({ length: 16 }, (_, index) => ({
          messages: userPrompt(`Should a startup use an open-source or a proprietary LLM? Team ${index}.`),
        })),
      });
      // Its heartbeat says it holds several cells (beats come every 5 s; a usage rollup is at most one job).
      await waitFor(
        async () => ((await liveWorker(doomed.pid!))?.activeJobs ?? 0) >= 3,
        30_000,
        'the worker to take cells',
      );
      doomed.kill('SIGKILL');
      startWorker();
      const done = await waitForComparison(owner, projectId, created.id, undefined, 90_000);
      expect(done.status).toBe('succeeded');
      const answer = done.cells[0]!.text;
      expect(answer).toMatch(/^It depends on three things/);
      for (const cell of done.cells) expect(cell).toMatchObject({ status: 'succeeded', text: answer });
      const completions = await database.completion.count({ where: { comparisonId: created.id } });
      expect(completions).toBe(16);
      const events = await database.usageEvent.findMany({ where: { referenceId: created.id } });
      expect(events).toHaveLength(16);
      expect(new Set(events.map((event) => event.idempotencyKey))).toEqual(
        new Set(done.cells.map((cell) => `completion:${cell.id}`)),
      );
    }, 180_000);
  });
});
