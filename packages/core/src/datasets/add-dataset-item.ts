import type { Prisma, TDatabase } from '@yardstick/db';
import type { z } from 'zod';
import { actingUserId } from '../access/acting-user';
import type { TActor } from '../access/actor';
import { requireProjectRole } from '../access/project-access';
import { ConflictError } from '../errors/app-error';
import { type TDatasetItemView, toDatasetItemView } from './dataset-view';
import { findProjectDataset } from './find-dataset';
import { ZItemContent, ZItemKey } from './item-fields';
import { beginVersion, finishVersion, inVersionTransaction } from './new-version';
import { currentItems } from './version-items';

export const ZAddDatasetItem = ZItemContent.extend({
  /** The item's id; the next free number when absent. */
  key: ZItemKey.optional(),
});
export type TAddDatasetItem = z.input<typeof ZAddDatasetItem>;

/** Adds one item at the end; the dataset gets a new version. */
export async function addDatasetItem(
  database: TDatabase,
  actor: TActor,
  projectId: string,
  datasetId: string,
  input: TAddDatasetItem,
): Promise<TDatasetItemView & { version: number }> {
  await requireProjectRole(database, actor, projectId, 'member');
  await findProjectDataset(database, projectId, datasetId);
  const content = ZAddDatasetItem.parse(input);
  return inVersionTransaction(database, async (transaction) => {
    const change = await beginVersion(transaction, datasetId);
    const last = await transaction.datasetItem.aggregate({
      where: currentItems(datasetId),
      _max: { ordinal: true },
    });
    const ordinal = (last._max.ordinal ?? 0) + 1;
    const key = content.key ?? String(ordinal);
    const clash = await transaction.datasetItem.findFirst({ where: { ...currentItems(datasetId), key } });
    if (clash)
      throw new ConflictError(`The dataset already has an item with the id "${key}"; choose another id.`);
    const item = await transaction.datasetItem.create({
      data: {
        datasetId,
        key,
        ordinal,
        input: content.input,
        expectedOutput: content.expectedOutput,
        metadata: content.metadata as Prisma.InputJsonObject,
        validFrom: change.number,
      },
    });
    await finishVersion(transaction, {
      datasetId,
      number: change.number,
      message: `Added item ${key}`,
      itemCount: change.previousItemCount + 1,
      createdById: actingUserId(actor),
    });
    return { ...toDatasetItemView(item), version: change.number };
  });
}
