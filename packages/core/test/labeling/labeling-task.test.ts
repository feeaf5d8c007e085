// Labeling against a real Postgres: dealing with overlap under concurrency, blind items, answers only on one's
// own items, the review's statistics, and promotion to a new dataset version.
import type { TDatabase } from '@yardstick/db';
import { createDatabaseClient } from '@yardstick/db';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { TActor } from '../../src/access/actor';
import { createDataset } from '../../src/datasets/create-dataset';
import { importDatasetItems } from '../../src/datasets/import/import-dataset-items';
import { listDatasetItems } from '../../src/datasets/list-dataset-items';
import type { AppError } from '../../src/errors/app-error';
import { answerAssignment } from '../../src/labeling/answer-assignment';
import { createLabelingTask } from '../../src/labeling/create-labeling-task';
import { dealNextItem } from '../../src/labeling/deal-next-item';
import { getMyAssignment } from '../../src/labeling/get-my-assignment';
import { promoteGroundTruth } from '../../src/labeling/promote-ground-truth';
import { reviewLabelingTask } from '../../src/labeling/review-labeling-task';
import { krippendorffAlpha } from '../../src/labeling/statistics/krippendorff-alpha';
import { createOrganizationWithProjects } from '../support/fixtures';
import { createMember } from '../support/people';

const database: TDatabase = createDatabaseClient(inject('databaseUrl'));
afterAll(() => database.$disconnect());

let projectId: string;
let owner: TActor;
let alice: TActor & { kind: 'user' };
let bob: TActor & { kind: 'user' };
let carol: TActor & { kind: 'user' };
let viewer: TActor & { kind: 'user' };
let datasetId: string;
let generationRunId: string;

const questions = ['Capital of France?', 'Two plus two?', 'Largest ocean?', 'Author of Hamlet?'];
const configs = [
  {
    id: 'config-strong',
    name: 'Strong model',
    connectionId: 'none',
    connectionName: 'none',
    provider: 'emulated',
    model: 'emulated-strong',
  },
  {
    id: 'config-weak',
    name: 'Weak model',
    connectionId: 'none',
    connectionName: 'none',
    provider: 'emulated',
    model: 'emulated-weak',
  },
];

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    return error as AppError;
  }
  throw new Error('expected a rejection');
}

beforeAll(async () => {
  const { projects } = await createOrganizationWithProjects(database, 1);
  projectId = projects[0]!.id;
  owner = await createMember(database, projectId, 'member');
  alice = await createMember(database, projectId, 'labeler');
  bob = await createMember(database, projectId, 'labeler');
  carol = await createMember(database, projectId, 'labeler');
  viewer = await createMember(database, projectId, 'viewer');
  const dataset = await createDataset(database, owner, projectId, { name: 'Quiz' });
  datasetId = dataset.id;
  const csv = `id,question\n${questions.map((question, index) => `q${index + 1},${question}`).join('\n')}\n`;
  await importDatasetItems(
    database,
    owner,
    projectId,
    datasetId,
    { format: 'csv', mapping: { idColumn: 'id', inputs: [{ column: 'question', variable: 'question' }] } },
    [new TextEncoder().encode(csv)],
  );
  // A finished generation run, written directly: the provider calls are another test's business.
  const version = await database.datasetVersion.findFirstOrThrow({ where: { datasetId, number: 1 } });
  const items = (await listDatasetItems(database, owner, projectId, datasetId, {})).items;
  const run = await database.generationRun.create({
    data: {
      projectId,
      datasetVersionId: version.id,
      promptMessages: [{ role: 'user', content: 'Answer briefly: {{question}}' }],
      modelConfigs: configs,
      status: 'succeeded',
      total: items.length * 2,
    },
  });
  generationRunId = run.id;
  await database.completion.createMany({
    data: items.flatMap((item) =>
      configs.map((config, columnIndex) => ({
        projectId,
        rowIndex: item.ordinal,
        columnIndex,
        modelConfigId: config.id,
        datasetItemId: item.id,
        generationRunId: run.id,
        request: {
          model: config.model,
          messages: [{ role: 'user', content: `Answer briefly: ${item.input.question}` }],
        },
        status: 'succeeded' as const,
        text: `${config.name} answers ${item.key}`,
      })),
    ),
  });
});

describe('creating a labeling task', () => {
  it('refuses an overlap larger than the assignees, and assignees who cannot label', async () => {
    const base = { name: 'Bad', source: { kind: 'generation_run' as const, generationRunId } };
    const tooFew = await rejection(
      createLabelingTask(database, owner, projectId, {
        ...base,
        overlap: 3,
        assigneeIds: [alice.userId, bob.userId],
      }),
    );
    expect(tooFew.message).toContain('overlap 3 needs at least 3 assignees');
    const notLabeler = await rejection(
      createLabelingTask(database, owner, projectId, { ...base, overlap: 1, assigneeIds: [viewer.userId] }),
    );
    expect(notLabeler.message).toContain('is not a labeler (or more) in this project');
    const byLabeler = await rejection(
      createLabelingTask(database, alice, projectId, { ...base, overlap: 1, assigneeIds: [alice.userId] }),
    );
    expect(byLabeler.status).toBe(403);
  });
});

describe('labeling with overlap 2', () => {
  let taskId: string;
  // Alice and Bob's stars per item (dataset key × model): they agree on most, disagree on q3 of the weak model.
  const starsOf = (labeler: 'alice' | 'bob', completion: string) => {
    const weak = completion.startsWith('Weak');
    const key = completion.split(' ').at(-1)!;
    if (weak && key === 'q3') return labeler === 'alice' ? 1 : 4;
    return weak ? 2 : labeler === 'alice' ? 5 : 4;
  };

  beforeAll(async () => {
    const task = await createLabelingTask(database, owner, projectId, {
      name: 'Quiz answers',
      source: { kind: 'generation_run', generationRunId },
      overlap: 2,
      assigneeIds: [alice.userId, bob.userId],
    });
    taskId = task.id;
    expect(task).toMatchObject({ itemCount: 8, target: 16, overlap: 2 });
    expect(task.rubric.levels.map((level) => `${level.value} ${level.label}`)).toEqual([
      '5 Excellent',
      '4 Good',
      '3 Average',
      '2 Poor',
      '1 Very Poor',
    ]);
  });

  it('deals a blind item with its prompt filled in, and resumes it on the next visit', async () => {
    const first = await dealNextItem(database, alice, projectId, taskId);
    expect(first.item!.index).toBe(1);
    expect(first.item!.prompt[0]!.content).toMatch(/^Answer briefly: /);
    // Blind: nothing but the completion's own text could say which model config wrote it.
    expect(JSON.stringify({ ...first.item, completion: '' })).not.toMatch(
      /config-strong|config-weak|emulated-|Strong model|Weak model/,
    );
    expect(first.progress.mine).toEqual({ answered: 0, total: 8 });
    const again = await dealNextItem(database, alice, projectId, taskId);
    expect(again.item!.assignmentId).toBe(first.item!.assignmentId);
  });

  it('rejects stars outside 1–5, answers on someone else’s item, and people who are not assignees', async () => {
    const { item } = await dealNextItem(database, alice, projectId, taskId);
    const outside = await rejection(
      answerAssignment(database, alice, projectId, taskId, item!.assignmentId, { action: 'rate', stars: 6 }),
    );
    expect(outside.name).toBe('ZodError');
    const notMine = await rejection(
      answerAssignment(database, bob, projectId, taskId, item!.assignmentId, { action: 'rate', stars: 3 }),
    );
    expect(notMine.status).toBe(403);
    expect(notMine.message).toContain('not assigned to you');
    const outsider = await rejection(dealNextItem(database, carol, projectId, taskId));
    expect(outsider.status).toBe(403);
  });

  it('gives each item to exactly two labelers, in a different order for each', async () => {
    const orders: Record<'alice' | 'bob', string[]> = { alice: [], bob: [] };
    const people = { alice, bob };
    const byItem = new Map<string, string[]>();
    for (let round = 0; round < 8; round++) {
      // Both ask at the same moment, every round.
      await Promise.all(
        (['alice', 'bob'] as const).map(async (name) => {
          const { item } = await dealNextItem(database, people[name], projectId, taskId);
          const completion = item!.completion;
          orders[name].push(completion);
          byItem.set(completion, [...(byItem.get(completion) ?? []), name]);
          await answerAssignment(database, people[name], projectId, taskId, item!.assignmentId, {
            action: 'rate',
            stars: starsOf(name, completion),
          });
        }),
      );
    }
    expect(byItem.size).toBe(8);
    for (const holders of byItem.values()) expect(holders.sort()).toEqual(['alice', 'bob']);
    expect(orders.alice).not.toEqual(orders.bob);
    const done = await dealNextItem(database, alice, projectId, taskId);
    expect(done.item).toBeNull();
    expect(done.progress).toEqual({
      mine: { answered: 8, total: 8 },
      task: { ratings: 16, target: 16, labeledItems: 8, completeItems: 8, items: 8 },
    });
  });

  it('lets a labeler go back and change an answer', async () => {
    const last = await database.labelingAssignment.findFirstOrThrow({
      where: { taskId, userId: alice.userId },
      orderBy: { claimedAt: 'desc' },
    });
    const view = await getMyAssignment(database, alice, projectId, taskId, last.id);
    expect(view.index).toBe(8);
    expect(view.previousAssignmentId).not.toBeNull();
    expect(view.answer.status).toBe('submitted');
    const previous = await getMyAssignment(database, alice, projectId, taskId, view.previousAssignmentId!);
    await answerAssignment(database, alice, projectId, taskId, previous.assignmentId, {
      action: 'rate',
      stars: previous.answer.stars!,
      comment: 'Checked again',
      isFlagged: true,
      flagNote: 'Prompt is ambiguous',
    });
    expect(
      (await getMyAssignment(database, alice, projectId, taskId, previous.assignmentId)).answer,
    ).toMatchObject({
      comment: 'Checked again',
      isFlagged: true,
    });
  });

  it('reviews the stars per model, the agreement and the disagreements', async () => {
    const review = await reviewLabelingTask(database, owner, projectId, taskId);
    const strong = review.models.find((model) => model.name === 'Strong model')!;
    const weak = review.models.find((model) => model.name === 'Weak model')!;
    expect(strong.distribution).toEqual([0, 0, 0, 4, 4]);
    expect(strong.mean).toBe(4.5);
    // Every strong item's mean is 4.5: no spread, so the interval is the point.
    expect([strong.low, strong.high]).toEqual([4.5, 4.5]);
    expect(weak.distribution).toEqual([1, 6, 0, 1, 0]);
    expect(weak.mean).toBeCloseTo(2.125, 10);
    const units = ['q1', 'q2', 'q3', 'q4'].flatMap((key) => [
      [starsOf('alice', `Strong model answers ${key}`), starsOf('bob', `Strong model answers ${key}`)],
      [starsOf('alice', `Weak model answers ${key}`), starsOf('bob', `Weak model answers ${key}`)],
    ]);
    expect(review.agreement.alpha).toBeCloseTo(krippendorffAlpha(units, 'ordinal').alpha!, 12);
    expect(review.agreement).toMatchObject({
      pairableItems: 8,
      pairableRatings: 16,
      kappaPairs: 8,
      labelerCount: 2,
    });
    expect(review.agreement.kappa).not.toBeNull();
    expect(review.disagreements[0]).toMatchObject({
      datasetItemKey: 'q3',
      modelName: 'Weak model',
      spread: 3,
    });
    expect(review.labelers.map((labeler) => [labeler.rated, labeler.skipped, labeler.open])).toEqual([
      [8, 0, 0],
      [8, 0, 0],
    ]);
    expect(review.flagged).toHaveLength(1);
    const labelerReview = await rejection(reviewLabelingTask(database, alice, projectId, taskId));
    expect(labelerReview.status).toBe(403);
  });

  it('promotes the best-rated completions to a new dataset version', async () => {
    const result = await promoteGroundTruth(database, owner, projectId, taskId, {
      threshold: 4,
      overrides: { q4: null },
    });
    expect(result.promotedCount).toBe(3);
    expect(result.version).toMatchObject({ number: 2, itemCount: 4 });
    const items = (await listDatasetItems(database, owner, projectId, datasetId, { version: 2 })).items;
    expect(items.map((item) => [item.key, item.expectedOutput])).toEqual([
      ['q1', 'Strong model answers q1'],
      ['q2', 'Strong model answers q2'],
      ['q3', 'Strong model answers q3'],
      ['q4', null],
    ]);
    expect(items[0]!.expectedOutputSource).toMatchObject({
      kind: 'labeling_task',
      modelConfig: 'Strong model',
      meanStars: 4.5,
    });
    // Version 1 is unchanged.
    const before = (await listDatasetItems(database, owner, projectId, datasetId, { version: 1 })).items;
    expect(before.every((item) => item.expectedOutput === null)).toBe(true);
  });
});

describe('labeling with overlap 1', () => {
  it('never deals one item to two labelers, however many ask at once', async () => {
    const task = await createLabelingTask(database, owner, projectId, {
      name: 'Single pass',
      source: { kind: 'generation_run', generationRunId },
      overlap: 1,
      assigneeIds: [alice.userId, bob.userId, carol.userId],
    });
    const dealt: string[] = [];
    for (let round = 0; round < 4; round++) {
      const deals = await Promise.all(
        [alice, bob, carol].map((person) => dealNextItem(database, person, projectId, task.id)),
      );
      for (const [index, deal] of deals.entries()) {
        if (!deal.item) continue;
        dealt.push(deal.item.completion);
        await answerAssignment(
          database,
          [alice, bob, carol][index]!,
          projectId,
          task.id,
          deal.item.assignmentId,
          { action: 'skip' },
        );
      }
    }
    // Skipped items go back to the pool for the others: each labeler may see an item the others skipped, but
    // never one another labeler holds at the same moment.
    const holders = await database.labelingAssignment.groupBy({
      by: ['itemId'],
      where: { taskId: task.id, status: 'active' },
      _count: { _all: true },
    });
    expect(holders.every((group) => group._count._all <= 1)).toBe(true);
    const firstRound = dealt.slice(0, 3);
    expect(new Set(firstRound).size).toBe(firstRound.length);
  });
});
