// Every change to a dataset runs inside one transaction that takes the next version number first: the
// increment locks the dataset row, so concurrent changes queue up and each gets its own version.
import type { Prisma, TDatabase } from '@yardstick/db';
import { NotFoundError } from '../errors/app-error';

export type TTransaction = Prisma.TransactionClient;

export interface TVersionChange {
  /** The new version's number. */
  number: number;
  /** Items in the version before this change. */
  previousItemCount: number;
}

export async function beginVersion(transaction: TTransaction, datasetId: string): Promise<TVersionChange> {
  const dataset = await transaction.dataset
    .update({ where: { id: datasetId }, data: { latestVersion: { increment: 1 } } })
    .catch(() => undefined);
  if (!dataset) throw new NotFoundError('Dataset');
  const previous = await transaction.datasetVersion.findUnique({
    where: { datasetId_number: { datasetId, number: dataset.latestVersion - 1 } },
  });
  return { number: dataset.latestVersion, previousItemCount: previous?.itemCount ?? 0 };
}

export function finishVersion(
  transaction: TTransaction,
  input: {
    datasetId: string;
    number: number;
    message: string;
    itemCount: number;
    createdById: string | null;
  },
) {
  return transaction.datasetVersion.create({ data: input });
}

/** Runs a versioned change; long imports get a long timeout (the default is five seconds). */
export function inVersionTransaction<T>(
  database: TDatabase,
  change: (transaction: TTransaction) => Promise<T>,
  timeoutMs = 10_000,
): Promise<T> {
  return database.$transaction(change, { timeout: timeoutMs, maxWait: 10_000 });
}
