// Makes the chosen completions the expected outputs of their dataset items, as one new version of the dataset.
// Items changed or deleted since the version the task was built from are left alone (and listed): a completion
// generated for the old input is no answer to the new one.
import { isDeepStrictEqual } from 'node:util';
import type { TDatabase } from '@yardstick/db';
import { actingUserId } from '../access/acting-user';
import type { TActor } from '../access/actor';
import { requireProjectRole } from '../access/project-access';
import { type TDatasetVersionView, toDatasetVersionView } from '../datasets/dataset-view';
import { insertItems, type TNewItemRow } from '../datasets/insert-items';
import { beginVersion, finishVersion, inVersionTransaction } from '../datasets/new-version';
import { currentItems } from '../datasets/version-items';
import { ValidationError } from '../errors/app-error';
import { findProjectTask } from './find-task';
import { promotionCandidates, type TPromotionChoice } from './promotion-candidates';

export interface TPromotionResult {
  datasetId: string;
  version: TDatasetVersionView;
  promotedCount: number;
  skipped: { datasetItemKey: string; reason: string }[];
}

export async function promoteGroundTruth(
  database: TDatabase,
  actor: TActor,
  projectId: string,
  taskId: string,
  choice: TPromotionChoice,
): Promise<TPromotionResult> {
  await requireProjectRole(database, actor, projectId, 'member');
  const task = await findProjectTask(database, projectId, taskId);
  const { items } = await promotionCandidates(database, task, choice);
  const chosen = items.filter((item) => item.chosenCompletionId !== null);
  if (chosen.length === 0) {
    throw new ValidationError(
      'No completion is chosen for any item (none reaches the threshold); lower the threshold or choose some by hand.',
    );
  }
  const { datasetId } = await database.datasetVersion.findUniqueOrThrow({
    where: { id: task.datasetVersionId },
  });
  const sources = await database.datasetItem.findMany({
    where: { id: { in: chosen.map((item) => item.datasetItemId) } },
  });
  return inVersionTransaction(
    database,
    async (transaction) => {
      const change = await beginVersion(transaction, datasetId);
      const current = await transaction.datasetItem.findMany({
        where: { ...currentItems(datasetId), key: { in: chosen.map((item) => item.datasetItemKey) } },
      });
      const skipped: TPromotionResult['skipped'] = [];
      const promoted: { rowId: string; row: TNewItemRow }[] = [];
      for (const item of chosen) {
        const row = current.find((candidate) => candidate.key === item.datasetItemKey);
        const source = sources.find((candidate) => candidate.id === item.datasetItemId);
        if (!row) {
          skipped.push({ datasetItemKey: item.datasetItemKey, reason: 'deleted from the dataset since' });
          continue;
        }
        if (!source || !isDeepStrictEqual(row.input, source.input)) {
          skipped.push({
            datasetItemKey: item.datasetItemKey,
            reason: 'its input changed since the completions were generated',
          });
          continue;
        }
        const candidate = item.candidates.find((entry) => entry.completionId === item.chosenCompletionId)!;
        promoted.push({
          rowId: row.id,
          row: {
            datasetId,
            key: row.key,
            ordinal: row.ordinal,
            input: row.input as Record<string, string>,
            expectedOutput: candidate.text,
            metadata: row.metadata as Record<string, unknown>,
            expectedOutputSource: {
              kind: 'labeling_task',
              taskId: task.id,
              taskName: task.name,
              completionId: candidate.completionId,
              modelConfig: candidate.modelName,
              meanStars: candidate.meanStars,
              ratingCount: candidate.ratingCount,
            },
            validFrom: change.number,
          },
        });
      }
      if (promoted.length === 0) {
        throw new ValidationError(
          'Every chosen item changed or was deleted since the task was created; nothing to promote.',
        );
      }
      await transaction.datasetItem.updateMany({
        where: { id: { in: promoted.map((entry) => entry.rowId) } },
        data: { validTo: change.number },
      });
      await insertItems(
        transaction,
        promoted.map((entry) => entry.row),
      );
      const version = await finishVersion(transaction, {
        datasetId,
        number: change.number,
        message: `Promoted ${promoted.length} expected output${promoted.length === 1 ? '' : 's'} from labeling task "${task.name}"`,
        itemCount: change.previousItemCount,
        createdById: actingUserId(actor),
      });
      return { datasetId, version: toDatasetVersionView(version), promotedCount: promoted.length, skipped };
    },
    120_000,
  );
}
