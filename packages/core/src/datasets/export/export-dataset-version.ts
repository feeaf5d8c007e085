// Streams one version of a dataset as CSV or JSON Lines, a page at a time, so exporting 100,000 items holds
// one page in memory. Both formats have the same flat columns (id, the input variables, expected_output, the
// metadata fields), so an export imports back with the suggested mapping.
import { Prisma, type TDatabase } from '@yardstick/db';
import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import type { TActor } from '../../access/actor';
import { requireProjectRole } from '../../access/project-access';
import { findDatasetVersion, findProjectDataset } from '../find-dataset';
import { itemsOfVersion } from '../version-items';

export const ZExportDatasetVersion = z.object({
  format: z.enum(['csv', 'jsonl'], { message: 'must be csv or jsonl' }).default('csv'),
});
export type TExportFormat = z.output<typeof ZExportDatasetVersion>['format'];

export interface TExportStream {
  fileName: string;
  contentType: string;
  chunks: AsyncGenerator<string>;
}

const pageSize = 1000;

async function fieldNames(
  database: TDatabase,
  datasetId: string,
  number: number,
  column: 'input' | 'metadata',
) {
  const field = Prisma.raw(`"${column}"`);
  const rows = await database.$queryRaw<{ name: string }[]>`
    SELECT name FROM "DatasetItem" item, jsonb_object_keys(item.${field}) AS name
    WHERE item."datasetId" = ${datasetId} AND item."validFrom" <= ${number}
      AND (item."validTo" IS NULL OR item."validTo" > ${number})
    GROUP BY name ORDER BY min(item.ordinal), name`;
  return rows.map((row) => row.name);
}

function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

async function* pages(database: TDatabase, datasetId: string, number: number) {
  let after = 0;
  for (;;) {
    const rows = await database.datasetItem.findMany({
      where: { ...itemsOfVersion(datasetId, number), ordinal: { gt: after } },
      orderBy: { ordinal: 'asc' },
      take: pageSize,
    });
    if (rows.length === 0) return;
    yield rows;
    after = rows.at(-1)!.ordinal;
  }
}

export async function exportDatasetVersion(
  database: TDatabase,
  actor: TActor,
  projectId: string,
  datasetId: string,
  number: number,
  format: TExportFormat,
): Promise<TExportStream> {
  await requireProjectRole(database, actor, projectId, 'viewer');
  const dataset = await findProjectDataset(database, projectId, datasetId);
  await findDatasetVersion(database, datasetId, number);
  const variables = await fieldNames(database, datasetId, number, 'input');
  const metadataFields = await fieldNames(database, datasetId, number, 'metadata');
  const taken = new Set(['id', ...variables, 'expected_output']);
  const metadataColumns = metadataFields.map((name) => (taken.has(name) ? `metadata.${name}` : name));

  async function* chunks(): AsyncGenerator<string> {
    if (format === 'csv') yield stringify([['id', ...variables, 'expected_output', ...metadataColumns]]);
    for await (const rows of pages(database, datasetId, number)) {
      const records = rows.map((row) => {
        const input = row.input as Record<string, string>;
        const metadata = row.metadata as Record<string, unknown>;
        return { id: row.key, input, expectedOutput: row.expectedOutput, metadata };
      });
      if (format === 'csv') {
        yield stringify(
          records.map((record) => [
            record.id,
            ...variables.map((name) => record.input[name] ?? ''),
            record.expectedOutput ?? '',
            ...metadataFields.map((name) => cell(record.metadata[name])),
          ]),
        );
      } else {
        yield records
          .map((record) => {
            const line: Record<string, unknown> = {
              id: record.id,
              ...record.input,
              expected_output: record.expectedOutput,
            };
            metadataFields.forEach((name, index) => {
              if (name in record.metadata) line[metadataColumns[index]!] = record.metadata[name];
            });
            return `${JSON.stringify(line)}\n`;
          })
          .join('');
      }
    }
  }

  const base = dataset.name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'dataset';
  return {
    fileName: `${base}-v${number}.${format}`,
    contentType: format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
    chunks: chunks(),
  };
}
