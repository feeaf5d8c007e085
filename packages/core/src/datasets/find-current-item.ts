import { ConflictError, NotFoundError } from '../errors/app-error';
import type { TTransaction } from './new-version';

/**
 * The item row to change. Rows are addressed by id, and only the newest version's rows can change: a row a
 * later version replaced answers 409, so an edit made on a stale page never overwrites a newer one.
 */
export async function findCurrentItem(transaction: TTransaction, datasetId: string, itemId: string) {
  const item = await transaction.datasetItem.findFirst({ where: { id: itemId, datasetId } });
  if (!item) throw new NotFoundError('Dataset item');
  if (item.validTo !== null) {
    throw new ConflictError(
      `Item ${item.key} was changed or deleted in version ${item.validTo}, after the version you edited; reload and edit the newest version.`,
    );
  }
  return item;
}
