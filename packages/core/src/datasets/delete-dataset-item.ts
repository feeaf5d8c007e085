import type { TDatabase } from '@yardstick/db';
import { actingUserId } from '../access/acting-user';
import type { TActor } from '../access/actor';
import { requireProjectRole } from '../access/project-access';
import { findCurrentItem } from './find-current-item';
import { findProjectDataset } from './find-dataset';
import { beginVersion, finishVersion, inVersionTransaction } from './new-version';

/** Removes an item from the newest version; earlier versions keep it. */
export async function deleteDatasetItem(
  database: TDatabase,
  actor: TActor,
  projectId: string,
  datasetId: string,
  itemId: string,
): Promise<{ version: number }> {
  await requireProjectRole(database, actor, projectId, 'member');
  await findProjectDataset(database, projectId, datasetId);
  return inVersionTransaction(database, async (transaction) => {
    const change = await beginVersion(transaction, datasetId);
    const current = await findCurrentItem(transaction, datasetId, itemId);
    await transaction.datasetItem.update({ where: { id: current.id }, data: { validTo: change.number } });
    await finishVersion(transaction, {
      datasetId,
      number: change.number,
      message: `Deleted item ${current.key}`,
      itemCount: change.previousItemCount - 1,
      createdById: actingUserId(actor),
    });
    return { version: change.number };
  });
}
