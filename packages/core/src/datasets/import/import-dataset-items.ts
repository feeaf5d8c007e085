// Imports a CSV or JSON Lines file into a dataset as one new version, all or nothing: rows are inserted in
// chunks inside one transaction while the file streams in, and any unreadable row rolls everything back, with
// every problem reported by line. `replace` makes the file the whole dataset; `append` adds to it.
import type { TDatabase } from '@yardstick/db';
import { z } from 'zod';
import { actingUserId } from '../../access/acting-user';
import type { TActor } from '../../access/actor';
import { requireProjectRole } from '../../access/project-access';
import { AppError } from '../../errors/app-error';
import { type TDatasetVersionView, toDatasetVersionView } from '../dataset-view';
import { findProjectDataset } from '../find-dataset';
import { insertItems, type TNewItemRow } from '../insert-items';
import { beginVersion, finishVersion, inVersionTransaction, type TTransaction } from '../new-version';
import { currentItems } from '../version-items';
import { mappedColumns, mapRow, type TColumnMapping, ZColumnMapping } from './column-mapping';
import { decodeUtf8 } from './decode-utf8';
import { importLimits } from './import-limits';
import { ImportRejectedError, ProblemList, UnreadableFileError } from './import-problems';
import { importFormats, readRows, type TImportFormat } from './read-rows';

export const ZImportDatasetItems = z.object({
  format: z.enum(importFormats, { message: 'must be csv or jsonl' }),
  mapping: ZColumnMapping,
  mode: z.enum(['append', 'replace'], { message: 'must be append or replace' }).default('append'),
  fileName: z.string().trim().max(200).optional(),
});
export type TImportDatasetItems = z.input<typeof ZImportDatasetItems>;

export interface TImportResult {
  version: TDatasetVersionView;
  importedCount: number;
  durationMs: number;
}

// Rows per INSERT: large enough that round trips do not dominate, small enough to hold in memory.
const chunkSize = 5000;
// An upload streams through the open transaction; a slow link needs the time.
const importTimeoutMs = 30 * 60 * 1000;

const rows = (count: number) => `${count.toLocaleString('en-US')} ${count === 1 ? 'row' : 'rows'}`;

class MappingMismatchError extends AppError {
  constructor(missing: string[], columns: string[]) {
    super(
      'mapping_mismatch',
      `The mapping uses ${missing.map((column) => `"${column}"`).join(', ')}, which the file does not have; its columns are ${columns.map((column) => `"${column}"`).join(', ')}. Map the file's own columns and import again.`,
      422,
    );
  }
}

async function existingKeys(transaction: TTransaction, datasetId: string) {
  const rows = await transaction.datasetItem.findMany({
    where: currentItems(datasetId),
    select: { key: true, ordinal: true },
  });
  return {
    keys: new Set(rows.map((row) => row.key)),
    nextOrdinal: rows.reduce((max, row) => Math.max(max, row.ordinal), 0) + 1,
  };
}

async function insertRows(
  transaction: TTransaction,
  datasetId: string,
  versionNumber: number,
  format: TImportFormat,
  mapping: TColumnMapping,
  bytes: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  taken: { keys: Set<string>; nextOrdinal: number },
): Promise<number> {
  const problems = new ProblemList();
  const reader = readRows(format, decodeUtf8(bytes), problems);
  const header = await reader.header();
  if (header) {
    const missing = mappedColumns(mapping).filter((column) => !header.includes(column));
    if (missing.length > 0) throw new MappingMismatchError(missing, header);
  }
  const linesByKey = new Map<string, number>();
  let ordinal = taken.nextOrdinal;
  let count = 0;
  let batch: TNewItemRow[] = [];
  // One chunk is written while the next is parsed (Postgres works in its own process meanwhile).
  let writing: Promise<void> = Promise.resolve();
  const write = async (rows: TNewItemRow[]) => {
    await writing;
    writing = insertItems(transaction, rows);
    // Handled where it is awaited; this keeps Node from reporting it as unhandled in the meantime.
    writing.catch(() => {});
  };
  for await (const row of reader.rows) {
    const mapped = mapRow(row.values, mapping);
    if (typeof mapped === 'string') {
      problems.add(row.line, mapped);
      continue;
    }
    const key = mapped.key ?? String(ordinal);
    const earlier = linesByKey.get(key);
    if (earlier !== undefined) {
      problems.add(row.line, `has the id "${key}", already used on line ${earlier}; ids must be unique`);
      continue;
    }
    if (taken.keys.has(key)) {
      problems.add(
        row.line,
        `has the id "${key}", which the dataset already has; give it another id, or import in replace mode`,
      );
      continue;
    }
    linesByKey.set(key, row.line);
    const rowOrdinal = ordinal++;
    count += 1;
    if (count > importLimits.maxRows) {
      problems.add(
        row.line,
        `is past the limit of ${importLimits.maxRows.toLocaleString('en-US')} rows per import; split the file`,
      );
      break;
    }
    // After the first problem nothing more is written (it will all roll back); reading goes on to list them all.
    if (!problems.isEmpty) continue;
    batch.push({
      datasetId,
      key,
      ordinal: rowOrdinal,
      input: mapped.input,
      expectedOutput: mapped.expectedOutput,
      metadata: mapped.metadata,
      validFrom: versionNumber,
    });
    if (batch.length >= chunkSize) {
      await write(batch);
      batch = [];
    }
  }
  await writing;
  if (!problems.isEmpty) throw new ImportRejectedError(problems);
  if (count === 0) {
    throw new UnreadableFileError(
      format === 'csv'
        ? 'The file has a header but no rows to import.'
        : 'The file has no JSON lines to import.',
    );
  }
  await insertItems(transaction, batch);
  return count;
}

export async function importDatasetItems(
  database: TDatabase,
  actor: TActor,
  projectId: string,
  datasetId: string,
  input: TImportDatasetItems,
  bytes: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
): Promise<TImportResult> {
  await requireProjectRole(database, actor, projectId, 'member');
  await findProjectDataset(database, projectId, datasetId);
  const options = ZImportDatasetItems.parse(input);
  const startedAt = performance.now();
  const version = await inVersionTransaction(
    database,
    async (transaction) => {
      const change = await beginVersion(transaction, datasetId);
      let taken = { keys: new Set<string>(), nextOrdinal: 1 };
      if (options.mode === 'append') taken = await existingKeys(transaction, datasetId);
      else
        await transaction.datasetItem.updateMany({
          where: currentItems(datasetId),
          data: { validTo: change.number },
        });
      const count = await insertRows(
        transaction,
        datasetId,
        change.number,
        options.format,
        options.mapping,
        bytes,
        taken,
      );
      const source = options.fileName ? ` from ${options.fileName}` : '';
      return {
        count,
        row: await finishVersion(transaction, {
          datasetId,
          number: change.number,
          message:
            options.mode === 'replace'
              ? `Replaced all items with ${rows(count)}${source}`
              : `Imported ${rows(count)}${source}`,
          itemCount: options.mode === 'replace' ? count : change.previousItemCount + count,
          createdById: actingUserId(actor),
        }),
      };
    },
    importTimeoutMs,
  );
  return {
    version: toDatasetVersionView(version.row),
    importedCount: version.count,
    durationMs: Math.round(performance.now() - startedAt),
  };
}
