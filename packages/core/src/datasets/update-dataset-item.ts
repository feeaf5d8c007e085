import type { Prisma, TDatabase } from '@yardstick/db';
import { z } from 'zod';
import { actingUserId } from '../access/acting-user';
import type { TActor } from '../access/actor';
import { requireProjectRole } from '../access/project-access';
import { type TDatasetItemView, toDatasetItemView } from './dataset-view';
import { findCurrentItem } from './find-current-item';
import { findProjectDataset } from './find-dataset';
import { maxFieldCharacters, ZItemInput, ZItemMetadata } from './item-fields';
import { beginVersion, finishVersion, inVersionTransaction } from './new-version';

export const ZUpdateDatasetItem = z
  .object({
    input: ZItemInput.optional(),
    expectedOutput: z
      .string()
      .max(maxFieldCharacters, 'is longer than 200,000 characters')
      .nullable()
      .optional(),
    metadata: ZItemMetadata.optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, 'change at least one of input, expectedOutput, metadata');
export type TUpdateDatasetItem = z.input<typeof ZUpdateDatasetItem>;

/** Edits an item: its row is ended and a new row holds the new content, in a new version. */
export async function updateDatasetItem(
  database: TDatabase,
  actor: TActor,
  projectId: string,
  datasetId: string,
  itemId: string,
  input: TUpdateDatasetItem,
): Promise<TDatasetItemView & { version: number }> {
  await requireProjectRole(database, actor, projectId, 'member');
  await findProjectDataset(database, projectId, datasetId);
  const patch = ZUpdateDatasetItem.parse(input);
  return inVersionTransaction(database, async (transaction) => {
    const change = await beginVersion(transaction, datasetId);
    const current = await findCurrentItem(transaction, datasetId, itemId);
    await transaction.datasetItem.update({ where: { id: current.id }, data: { validTo: change.number } });
    const expectedOutput = patch.expectedOutput === undefined ? current.expectedOutput : patch.expectedOutput;
    const item = await transaction.datasetItem.create({
      data: {
        datasetId,
        key: current.key,
        ordinal: current.ordinal,
        input: patch.input ?? (current.input as Prisma.InputJsonObject),
        expectedOutput,
        metadata: (patch.metadata ?? current.metadata) as Prisma.InputJsonObject,
        // A hand-edited expected output is no longer the promoted one.
        ...(patch.expectedOutput === undefined && current.expectedOutputSource
          ? { expectedOutputSource: current.expectedOutputSource as Prisma.InputJsonObject }
          : {}),
        validFrom: change.number,
      },
    });
    await finishVersion(transaction, {
      datasetId,
      number: change.number,
      message: `Edited item ${current.key}`,
      itemCount: change.previousItemCount,
      createdById: actingUserId(actor),
    });
    return { ...toDatasetItemView(item), version: change.number };
  });
}
