import type { Prisma, TDatabase } from '@yardstick/db';
import type { JobProducer } from '@yardstick/queue';
import type { TActor } from '../access/actor';
import { requireProjectRole } from '../access/project-access';
import { AppError } from '../errors/app-error';
import { enqueueCells } from './cell-jobs';
import type { TComparisonDraft } from './comparison-draft';
import type { TComparisonView } from './comparison-types';
import { loadComparisonView } from './comparison-view';
import { resolveComparisonDraft, type TResolvedComparison } from './resolve-comparison-draft';

function defaultTitle(resolved: TResolvedComparison): string {
  const firstPrompt =
    resolved.cells[0]?.request.messages.find((message) => message.role === 'user')?.content ?? '';
  const text = firstPrompt.replace(/\s+/g, ' ').trim();
  const names = resolved.columns.map((column) => column.name).join(' vs ');
  return (text.length > 0 ? (text.length > 70 ? `${text.slice(0, 69)}…` : text) : names).slice(0, 200);
}

/**
 * Validates and prices a comparison, stores it with one pending cell per row × model config, and queues one job
 * per cell. A draft with any problem stores nothing; neither does one that cannot be queued.
 */
export async function createComparison(
  services: { database: TDatabase; producer: JobProducer },
  actor: TActor,
  projectId: string,
  input: TComparisonDraft,
): Promise<TComparisonView> {
  const { database } = services;
  await requireProjectRole(database, actor, projectId, 'member');
  const resolved = await resolveComparisonDraft(database, projectId, input);
  const now = new Date();
  const comparison = await database.$transaction(async (transaction) => {
    const created = await transaction.comparison.create({
      data: {
        projectId,
        title: resolved.title ?? defaultTitle(resolved),
        status: 'pending',
        createdById: actor.kind === 'user' ? actor.userId : actor.createdById,
        modelConfigs: resolved.columns as unknown as Prisma.InputJsonValue,
        rows: resolved.rows as unknown as Prisma.InputJsonValue,
        predictedCostNanoUsd: resolved.cells.some((cell) => cell.prediction.costNanoUsd !== null)
          ? resolved.totalNanoUsd
          : null,
      },
    });
    await transaction.completion.createMany({
      data: resolved.cells.map((cell) => ({
        projectId,
        comparisonId: created.id,
        rowIndex: cell.rowIndex,
        columnIndex: cell.columnIndex,
        promptVersionId: cell.promptVersionId,
        modelConfigId: cell.modelConfigId,
        request: cell.request as unknown as Prisma.InputJsonValue,
        status: 'pending' as const,
        predictedCostNanoUsd:
          cell.prediction.costNanoUsd === null ? null : BigInt(cell.prediction.costNanoUsd),
      })),
    });
    // From now on these versions are history: editing their text makes new versions.
    await transaction.promptVersion.updateMany({
      where: { id: { in: resolved.promptVersionIds }, firstUsedAt: null },
      data: { firstUsedAt: now },
    });
    return created;
  });
  const cells = await database.completion.findMany({
    where: { comparisonId: comparison.id },
    select: { id: true },
  });
  try {
    await enqueueCells(
      services.producer,
      comparison.id,
      cells.map((cell) => cell.id),
      'all',
    );
  } catch (error) {
    await database.comparison.delete({ where: { id: comparison.id } });
    throw new AppError(
      'queue_unavailable',
      `The comparison could not be queued (${(error as Error).message}); nothing was stored. Try again.`,
      503,
    );
  }
  return loadComparisonView(database, projectId, comparison.id);
}
