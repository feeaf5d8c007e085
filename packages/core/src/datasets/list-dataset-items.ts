import type { TDatabase } from '@yardstick/db';
import { z } from 'zod';
import type { TActor } from '../access/actor';
import { requireProjectRole } from '../access/project-access';
import { type TDatasetItemView, toDatasetItemView } from './dataset-view';
import { findDatasetVersion, findProjectDataset } from './find-dataset';
import { itemsOfVersion } from './version-items';

export const ZListDatasetItems = z.object({
  /** The version to read; the latest when absent. */
  version: z.coerce.number().int().min(1).optional(),
  /** Items after this ordinal (keyset paging: stays fast deep into a 100,000-item dataset). */
  after: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type TListDatasetItems = z.input<typeof ZListDatasetItems>;

export interface TDatasetItemPage {
  version: number;
  itemCount: number;
  items: TDatasetItemView[];
  /** Pass as `after` for the next page; null on the last page. */
  nextAfter: number | null;
}

export async function listDatasetItems(
  database: TDatabase,
  actor: TActor,
  projectId: string,
  datasetId: string,
  input: TListDatasetItems,
): Promise<TDatasetItemPage> {
  await requireProjectRole(database, actor, projectId, 'viewer');
  const query = ZListDatasetItems.parse(input);
  const dataset = await findProjectDataset(database, projectId, datasetId);
  const number = query.version ?? dataset.latestVersion;
  if (number === 0) return { version: 0, itemCount: 0, items: [], nextAfter: null };
  const version = await findDatasetVersion(database, datasetId, number);
  const rows = await database.datasetItem.findMany({
    where: { ...itemsOfVersion(datasetId, number), ordinal: { gt: query.after } },
    orderBy: { ordinal: 'asc' },
    take: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  return {
    version: number,
    itemCount: version.itemCount,
    items: page.map(toDatasetItemView),
    nextAfter: rows.length > query.limit ? page.at(-1)!.ordinal : null,
  };
}
