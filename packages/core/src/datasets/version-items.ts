import type { Prisma } from '@yardstick/db';

/** The rows that make up version `number` of a dataset (see DatasetItem in schema.prisma). */
export function itemsOfVersion(datasetId: string, number: number): Prisma.DatasetItemWhereInput {
  return { datasetId, validFrom: { lte: number }, OR: [{ validTo: null }, { validTo: { gt: number } }] };
}

/** The rows of the newest version: the ones no later version has ended. */
export function currentItems(datasetId: string): Prisma.DatasetItemWhereInput {
  return { datasetId, validTo: null };
}
