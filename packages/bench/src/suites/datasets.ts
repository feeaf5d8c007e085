// Datasets at 100,000 items (BENCH_DATASET_ROWS): how long a streamed CSV import takes (one transaction,
// chunked inserts), exporting the version back as CSV, reading the last page by keyset, and what one edit of
// a large dataset costs (it writes one row: versions share the rows they did not change). Runs on its own
// fresh database, dropped afterwards.
import { performance } from 'node:perf_hooks';
import {
  createDataset,
  exportDatasetVersion,
  importDatasetItems,
  listDatasetItems,
  type TActor,
  updateDatasetItem,
} from '@yardstick/core/server';
import { createDatabaseClient } from '@yardstick/db';
import { createFreshDatabase } from '@yardstick/db/testing';

const ROWS = Number(process.env.BENCH_DATASET_ROWS ?? 100_000);
const CHUNK_ROWS = 5000;

async function* csvFile(): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  yield encoder.encode('id,question,context,answer,topic\n');
  for (let start = 0; start < ROWS; start += CHUNK_ROWS) {
    let chunk = '';
    for (let index = start; index < Math.min(ROWS, start + CHUNK_ROWS); index++) {
      chunk += `q${index},"What is ${index} squared, exactly?","Numbers, squares and ""powers"" of ${index}",${index * index},topic-${index % 17}\n`;
    }
    yield encoder.encode(chunk);
  }
}

export async function run() {
  const fresh = await createFreshDatabase(undefined, 'bench_datasets');
  const database = createDatabaseClient(fresh.databaseUrl);
  try {
    const organization = await database.organization.create({ data: { name: 'Bench' } });
    const user = await database.user.create({
      data: { id: 'bench-user', name: 'Bench', email: 'bench@example.com' },
    });
    await database.membership.create({
      data: { organizationId: organization.id, userId: user.id, role: 'owner' },
    });
    const project = await database.project.create({
      data: { organizationId: organization.id, name: 'Bench', slug: 'bench' },
    });
    const actor: TActor = { kind: 'user', userId: user.id, email: user.email, name: user.name };
    const dataset = await createDataset(database, actor, project.id, { name: 'Large' });

    const imported = await importDatasetItems(
      database,
      actor,
      project.id,
      dataset.id,
      {
        format: 'csv',
        mapping: {
          idColumn: 'id',
          inputs: [
            { column: 'question', variable: 'question' },
            { column: 'context', variable: 'context' },
          ],
          expectedOutputColumn: 'answer',
          metadataColumns: ['topic'],
        },
      },
      csvFile(),
    );
    const rate = Math.round(ROWS / (imported.durationMs / 1000));
    process.stdout.write(
      `import ${ROWS.toLocaleString('en-US')} CSV rows: ${imported.durationMs} ms (${rate.toLocaleString('en-US')} rows/s)\n`,
    );

    let startedAt = performance.now();
    const exported = await exportDatasetVersion(database, actor, project.id, dataset.id, 1, 'csv');
    let bytes = 0;
    for await (const chunk of exported.chunks) bytes += chunk.length;
    process.stdout.write(
      `export version 1 as CSV: ${Math.round(performance.now() - startedAt)} ms (${(bytes / 1024 / 1024).toFixed(1)} MB)\n`,
    );

    startedAt = performance.now();
    const last = await listDatasetItems(database, actor, project.id, dataset.id, {
      after: ROWS - 50,
      limit: 50,
    });
    process.stdout.write(`read the last page (keyset): ${Math.round(performance.now() - startedAt)} ms\n`);

    const rowsBefore = await database.datasetItem.count({ where: { datasetId: dataset.id } });
    startedAt = performance.now();
    await updateDatasetItem(database, actor, project.id, dataset.id, last.items[0]!.id, {
      expectedOutput: 'edited',
    });
    const rowsAfter = await database.datasetItem.count({ where: { datasetId: dataset.id } });
    process.stdout.write(
      `edit one item (new version 2): ${Math.round(performance.now() - startedAt)} ms, ${rowsAfter - rowsBefore} row written\n`,
    );
  } finally {
    await database.$disconnect();
    await fresh.drop();
  }
}
