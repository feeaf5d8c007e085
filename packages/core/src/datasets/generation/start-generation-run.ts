// Starts generating completions for every item of a dataset version × each model config: stores the run and
// one pending completion per call (with its request rendered), then queues one job per completion under a
// parent job that settles the run once they are all done.
import { randomUUID } from 'node:crypto';
import type { Prisma, TDatabase } from '@yardstick/db';
import type { JobProducer } from '@yardstick/queue';
import { actingUserId } from '../../access/acting-user';
import type { TActor } from '../../access/actor';
import { requireProjectRole } from '../../access/project-access';
import { AppError } from '../../errors/app-error';
import { findProjectDataset } from '../find-dataset';
import { runVersionInclude, toGenerationRunView } from './generation-run-view';
import type { TGenerationRunView } from './generation-types';
import { resolveGeneration, type TGenerationDraft } from './resolve-generation';

const insertChunk = 1000;

export async function startGenerationRun(
  dependencies: { database: TDatabase; producer: JobProducer },
  actor: TActor,
  projectId: string,
  datasetId: string,
  input: TGenerationDraft,
): Promise<TGenerationRunView> {
  const { database, producer } = dependencies;
  await requireProjectRole(database, actor, projectId, 'member');
  await findProjectDataset(database, projectId, datasetId);
  const resolved = await resolveGeneration(database, projectId, datasetId, input);
  const completions = resolved.items.flatMap((item) =>
    resolved.configs.map((config, columnIndex) => ({
      id: randomUUID(),
      projectId,
      rowIndex: item.ordinal,
      columnIndex,
      promptVersionId: resolved.promptVersionId,
      modelConfigId: config.id,
      datasetItemId: item.id,
      request: resolved.requestFor(item, columnIndex) as unknown as Prisma.InputJsonObject,
    })),
  );
  const run = await database.$transaction(
    async (transaction) => {
      const created = await transaction.generationRun.create({
        data: {
          projectId,
          datasetVersionId: resolved.datasetVersionId,
          promptVersionId: resolved.promptVersionId,
          promptMessages: resolved.promptMessages,
          modelConfigs: resolved.configs as unknown as Prisma.InputJsonArray,
          total: completions.length,
          predictedCostNanoUsd:
            resolved.prediction.totalNanoUsd === null ? null : BigInt(resolved.prediction.totalNanoUsd),
          createdById: actingUserId(actor),
        },
        include: runVersionInclude,
      });
      for (let start = 0; start < completions.length; start += insertChunk) {
        await transaction.completion.createMany({
          data: completions
            .slice(start, start + insertChunk)
            .map((completion) => ({ ...completion, generationRunId: created.id })),
        });
      }
      // A used prompt version is immutable from now on (editing it makes a new version).
      await transaction.promptVersion.updateMany({
        where: { id: resolved.promptVersionId, firstUsedAt: null },
        data: { firstUsedAt: new Date() },
      });
      return created;
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
  try {
    await producer.enqueueFlow({
      parent: {
        name: 'generation.finish',
        payload: { generationRunId: run.id },
        jobId: `generation-finish-${run.id}`,
      },
      children: completions.map((completion) => ({
        name: 'generation.completion' as const,
        payload: { generationRunId: run.id, completionId: completion.id },
        jobId: `generation-${completion.id}`,
      })),
      childOptions: { attempts: 3, backoff: { type: 'exponential', delay: 1000 } },
    });
  } catch (error) {
    await database.completion.updateMany({
      where: { generationRunId: run.id },
      data: {
        status: 'failed',
        errorClass: 'worker_error',
        errorMessage: 'Could not be queued.',
        finishedAt: new Date(),
      },
    });
    await database.generationRun.update({
      where: { id: run.id },
      data: { status: 'failed', finishedAt: new Date() },
    });
    throw new AppError(
      'queue_unavailable',
      `The run could not be queued (${(error as Error).message}); try again.`,
      503,
      false,
    );
  }
  return toGenerationRunView(database, run);
}
