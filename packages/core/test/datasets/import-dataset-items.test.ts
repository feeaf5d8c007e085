// Importing files into datasets against a real Postgres: all or nothing, problems by line, versions.
import { createDatabaseClient } from '@yardstick/db';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { TActor } from '../../src/access/actor';
import { addDatasetItem } from '../../src/datasets/add-dataset-item';
import { createDataset } from '../../src/datasets/create-dataset';
import { deleteDatasetItem } from '../../src/datasets/delete-dataset-item';
import { exportDatasetVersion } from '../../src/datasets/export/export-dataset-version';
import { getDataset } from '../../src/datasets/get-dataset';
import type { TColumnMappingInput } from '../../src/datasets/import/column-mapping';
import { importDatasetItems } from '../../src/datasets/import/import-dataset-items';
import { previewImport } from '../../src/datasets/import/preview-import';
import { listDatasetItems } from '../../src/datasets/list-dataset-items';
import { updateDatasetItem } from '../../src/datasets/update-dataset-item';
import type { AppError } from '../../src/errors/app-error';
import { createOrganizationWithProjects } from '../support/fixtures';
import { createMember } from '../support/people';

const database = createDatabaseClient(inject('databaseUrl'));
afterAll(() => database.$disconnect());

let projectId: string;
let member: TActor;

beforeAll(async () => {
  const { projects } = await createOrganizationWithProjects(database, 1);
  projectId = projects[0]!.id;
  member = await createMember(database, projectId, 'member');
});

const encoder = new TextEncoder();
/** The file as a stream of small chunks, so multi-byte characters and records straddle chunk borders. */
async function* bytesOf(text: string | Uint8Array, chunkSize = 7): AsyncGenerator<Uint8Array> {
  const bytes = typeof text === 'string' ? encoder.encode(text) : text;
  for (let offset = 0; offset < bytes.length; offset += chunkSize)
    yield bytes.subarray(offset, offset + chunkSize);
}

const questionMapping: TColumnMappingInput = {
  idColumn: 'id',
  inputs: [{ column: 'question', variable: 'question' }],
  expectedOutputColumn: 'answer',
  metadataColumns: ['topic'],
};

async function newDataset(name = `Dataset ${Math.random().toString(36).slice(2, 8)}`) {
  return createDataset(database, member, projectId, { name });
}

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    return error as AppError;
  }
  throw new Error('expected the import to be rejected');
}

describe('importing a CSV file', () => {
  it('imports quoted fields, line breaks, commas and non-ASCII text as version 1', async () => {
    const dataset = await newDataset();
    const csv =
      'id,question,answer,topic\r\nq1,"Who was the first president of the USA?","George Washington, 1789–1797",history\r\nq2,"Say ""hi""\nin two lines",,greetings\r\n';
    const result = await importDatasetItems(
      database,
      member,
      projectId,
      dataset.id,
      { format: 'csv', mapping: questionMapping, fileName: 'questions.csv' },
      bytesOf(csv),
    );
    expect(result.importedCount).toBe(2);
    expect(result.version).toMatchObject({
      number: 1,
      itemCount: 2,
      message: 'Imported 2 rows from questions.csv',
    });
    const page = await listDatasetItems(database, member, projectId, dataset.id, {});
    expect(page.items.map((item) => [item.key, item.input, item.expectedOutput, item.metadata])).toEqual([
      [
        'q1',
        { question: 'Who was the first president of the USA?' },
        'George Washington, 1789–1797',
        { topic: 'history' },
      ],
      ['q2', { question: 'Say "hi"\nin two lines' }, null, { topic: 'greetings' }],
    ]);
  });

  it('rejects the whole file when rows are bad, naming every line, and writes nothing', async () => {
    const dataset = await newDataset();
    const csv = [
      'id,question,answer,topic',
      'a,one,1,x',
      'b,two,2',
      'a,three,3,x',
      ',four,4,x',
      'c,five,5,x',
    ].join('\n');
    const error = await rejection(
      importDatasetItems(
        database,
        member,
        projectId,
        dataset.id,
        { format: 'csv', mapping: questionMapping },
        bytesOf(csv),
      ),
    );
    expect(error.code).toBe('import_rejected');
    expect(error.status).toBe(422);
    expect(error.details).toEqual([
      {
        field: 'line 3',
        message: 'has 3 fields, but the header has 4 (a comma inside a value needs quotes)',
      },
      { field: 'line 4', message: 'has the id "a", already used on line 2; ids must be unique' },
      { field: 'line 5', message: 'has no id in "id"' },
    ]);
    expect(error.message).toContain('Nothing was imported: 3 rows have problems');
    const after = await getDataset(database, member, projectId, dataset.id);
    expect(after.latestVersion).toBe(0);
    expect(after.versions).toEqual([]);
    expect(await database.datasetItem.count({ where: { datasetId: dataset.id } })).toBe(0);
  });

  it('stops at a broken quote and reports its line', async () => {
    const dataset = await newDataset();
    const csv = 'id,question,answer,topic\nq1,fine,1,x\nq2,"never closed,2,x\nq3,more,3,x\n';
    const error = await rejection(
      importDatasetItems(
        database,
        member,
        projectId,
        dataset.id,
        { format: 'csv', mapping: questionMapping },
        bytesOf(csv),
      ),
    );
    expect(error.details[0]).toEqual({
      field: 'line 3',
      message: 'a quoted field starts here and its closing quote (") is missing; reading stopped here',
    });
    expect(await database.datasetItem.count({ where: { datasetId: dataset.id } })).toBe(0);
  });

  it('refuses a file that is not UTF-8, saying how to fix it', async () => {
    const dataset = await newDataset();
    // "café" in Windows-1252: é is the single byte 0xE9.
    const latin1 = new Uint8Array([
      ...encoder.encode('id,question,answer,topic\nq1,caf'),
      0xe9,
      ...encoder.encode(',1,x\n'),
    ]);
    const error = await rejection(
      importDatasetItems(
        database,
        member,
        projectId,
        dataset.id,
        { format: 'csv', mapping: questionMapping },
        bytesOf(latin1),
      ),
    );
    expect(error.code).toBe('unreadable_file');
    expect(error.message).toMatch(/not UTF-8 text: line 2 .*Save it as UTF-8/);
    const utf16 = new Uint8Array([0xff, 0xfe, 0x69, 0x00]);
    const utf16Error = await rejection(
      importDatasetItems(
        database,
        member,
        projectId,
        dataset.id,
        { format: 'csv', mapping: questionMapping },
        bytesOf(utf16),
      ),
    );
    expect(utf16Error.message).toContain('UTF-16');
  });

  it('refuses a mapping that names a column the file does not have', async () => {
    const dataset = await newDataset();
    const error = await rejection(
      importDatasetItems(
        database,
        member,
        projectId,
        dataset.id,
        { format: 'csv', mapping: { inputs: [{ column: 'prompt', variable: 'prompt' }] } },
        bytesOf('id,question\n1,hello\n'),
      ),
    );
    expect(error.code).toBe('mapping_mismatch');
    expect(error.message).toContain(
      '"prompt", which the file does not have; its columns are "id", "question"',
    );
  });

  it('refuses an empty file and a header without rows', async () => {
    const dataset = await newDataset();
    const empty = await rejection(
      importDatasetItems(
        database,
        member,
        projectId,
        dataset.id,
        { format: 'csv', mapping: questionMapping },
        bytesOf(''),
      ),
    );
    expect(empty.message).toContain('The file is empty');
    const headerOnly = await rejection(
      importDatasetItems(
        database,
        member,
        projectId,
        dataset.id,
        { format: 'csv', mapping: questionMapping },
        bytesOf('id,question,answer,topic\n'),
      ),
    );
    expect(headerOnly.message).toContain('no rows');
  });
});

describe('importing JSON Lines', () => {
  it('imports objects and reports lines that are not JSON objects', async () => {
    const dataset = await newDataset();
    const mapping: TColumnMappingInput = {
      inputs: [{ column: 'q', variable: 'question' }],
      expectedOutputColumn: 'a',
      metadataColumns: ['tags'],
    };
    const bad = '{"q":"one","a":"1"}\n\n[1,2]\n{"q":"two"\n{"a":"3"}\n';
    const error = await rejection(
      importDatasetItems(database, member, projectId, dataset.id, { format: 'jsonl', mapping }, bytesOf(bad)),
    );
    expect(error.details.map((detail) => detail.field)).toEqual(['line 3', 'line 4', 'line 5']);
    expect(error.details[2]!.message).toBe('has no value for "q" (input {{question}})');

    // Without an id column, rows are numbered by position: a bad row does not shift the numbers of later ones.
    const oneBad = '{"q":"one"}\n{"nope":1}\n{"q":"three"}\n{"q":"four"}\n';
    const onlyOne = await rejection(
      importDatasetItems(
        database,
        member,
        projectId,
        dataset.id,
        { format: 'jsonl', mapping },
        bytesOf(oneBad),
      ),
    );
    expect(onlyOne.details.map((detail) => detail.field)).toEqual(['line 2']);

    const good = '{"q":"one","a":"1","tags":["x","y"]}\n{"q":2,"tags":{"level":"easy"}}\n';
    const result = await importDatasetItems(
      database,
      member,
      projectId,
      dataset.id,
      { format: 'jsonl', mapping },
      bytesOf(good),
    );
    expect(result.version.itemCount).toBe(2);
    const page = await listDatasetItems(database, member, projectId, dataset.id, {});
    expect(page.items.map((item) => [item.key, item.input, item.expectedOutput, item.metadata])).toEqual([
      ['1', { question: 'one' }, '1', { tags: ['x', 'y'] }],
      ['2', { question: '2' }, null, { tags: { level: 'easy' } }],
    ]);
  });
});

describe('versions', () => {
  it('gives every change a new version and keeps the old ones readable and exportable', async () => {
    const dataset = await newDataset('Versioned');
    const csv = 'id,question,answer,topic\nq1,One?,1,a\nq2,Two?,2,b\n';
    await importDatasetItems(
      database,
      member,
      projectId,
      dataset.id,
      { format: 'csv', mapping: questionMapping },
      bytesOf(csv),
    );
    const appended = await importDatasetItems(
      database,
      member,
      projectId,
      dataset.id,
      { format: 'csv', mapping: questionMapping },
      bytesOf('id,question,answer,topic\nq3,Three?,3,c\n'),
    );
    expect(appended.version).toMatchObject({ number: 2, itemCount: 3 });
    const duplicate = await rejection(
      importDatasetItems(
        database,
        member,
        projectId,
        dataset.id,
        { format: 'csv', mapping: questionMapping },
        bytesOf('id,question,answer,topic\nq3,Again?,3,c\n'),
      ),
    );
    expect(duplicate.details[0]!.message).toContain('which the dataset already has');

    const v2 = await listDatasetItems(database, member, projectId, dataset.id, {});
    const q1 = v2.items.find((item) => item.key === 'q1')!;
    const edited = await updateDatasetItem(database, member, projectId, dataset.id, q1.id, {
      expectedOutput: 'one',
    });
    expect(edited.version).toBe(3);
    const stale = await rejection(
      updateDatasetItem(database, member, projectId, dataset.id, q1.id, { expectedOutput: 'uno' }),
    );
    expect(stale.status).toBe(409);
    const q2 = v2.items.find((item) => item.key === 'q2')!;
    expect((await deleteDatasetItem(database, member, projectId, dataset.id, q2.id)).version).toBe(4);
    const added = await addDatasetItem(database, member, projectId, dataset.id, {
      input: { question: 'Four?' },
    });
    expect(added).toMatchObject({ version: 5, key: '4' });

    const summary = await getDataset(database, member, projectId, dataset.id);
    expect(summary.versions.map((version) => [version.number, version.itemCount, version.message])).toEqual([
      [5, 3, 'Added item 4'],
      [4, 2, 'Deleted item q2'],
      [3, 3, 'Edited item q1'],
      [2, 3, 'Imported 1 row'],
      [1, 2, 'Imported 2 rows'],
    ]);
    const keysAt = async (version: number) =>
      (await listDatasetItems(database, member, projectId, dataset.id, { version })).items.map(
        (item) => `${item.key}=${item.expectedOutput}`,
      );
    expect(await keysAt(1)).toEqual(['q1=1', 'q2=2']);
    expect(await keysAt(3)).toEqual(['q1=one', 'q2=2', 'q3=3']);
    expect(await keysAt(5)).toEqual(['q1=one', 'q3=3', '4=null']);
    // Versions share unchanged rows: five versions of up to three items took six rows.
    expect(await database.datasetItem.count({ where: { datasetId: dataset.id } })).toBe(5);

    const exported = await exportDatasetVersion(database, member, projectId, dataset.id, 3, 'csv');
    let text = '';
    for await (const chunk of exported.chunks) text += chunk;
    expect(exported.fileName).toBe('Versioned-v3.csv');
    expect(text).toBe('id,question,expected_output,topic\nq1,One?,one,a\nq2,Two?,2,b\nq3,Three?,3,c\n');
    const jsonl = await exportDatasetVersion(database, member, projectId, dataset.id, 5, 'jsonl');
    let lines = '';
    for await (const chunk of jsonl.chunks) lines += chunk;
    expect(
      lines
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line)),
    ).toEqual([
      { id: 'q1', question: 'One?', expected_output: 'one', topic: 'a' },
      { id: 'q3', question: 'Three?', expected_output: '3', topic: 'c' },
      { id: '4', question: 'Four?', expected_output: null },
    ]);
  });
});

describe('previewing a file', () => {
  it('reads the first rows of a cut-off beginning and suggests a mapping', async () => {
    const rows = Array.from(
      { length: 50 },
      (_, index) => `${index + 1},Question ${index + 1}?,Answer ${index + 1}`,
    );
    const head = encoder.encode(`id,question,expected_output\n${rows.join('\n')}\n`).subarray(0, 300);
    const preview = await previewImport(database, member, projectId, { isTruncated: true }, head);
    expect(preview.format).toBe('csv');
    expect(preview.columns).toEqual(['id', 'question', 'expected_output']);
    expect(preview.rows).toHaveLength(10);
    expect(preview.rows[0]).toEqual({
      line: 2,
      values: { id: '1', question: 'Question 1?', expected_output: 'Answer 1' },
    });
    expect(preview.suggestedMapping).toEqual({
      idColumn: 'id',
      inputs: [{ column: 'question', variable: 'question' }],
      expectedOutputColumn: 'expected_output',
      metadataColumns: [],
    });
  });
});

describe('a 100,000-row CSV', () => {
  it('imports in one transaction and reports the time it took', async () => {
    const dataset = await newDataset('Large');
    const rowCount = 100_000;
    async function* largeCsv(): AsyncGenerator<Uint8Array> {
      yield encoder.encode('id,question,answer,topic\n');
      for (let start = 0; start < rowCount; start += 5000) {
        let chunk = '';
        for (let index = start; index < Math.min(rowCount, start + 5000); index++) {
          chunk += `q${index},"What is ${index} squared, exactly?",${index * index},topic-${index % 17}\n`;
        }
        yield encoder.encode(chunk);
      }
    }
    const result = await importDatasetItems(
      database,
      member,
      projectId,
      dataset.id,
      { format: 'csv', mapping: questionMapping, fileName: 'large.csv' },
      largeCsv(),
    );
    process.stdout.write(`\n100,000-row CSV import: ${result.durationMs} ms\n`);
    expect(result.importedCount).toBe(rowCount);
    expect(result.version.itemCount).toBe(rowCount);
    const last = await listDatasetItems(database, member, projectId, dataset.id, { after: rowCount - 1 });
    expect(last.items.map((item) => [item.key, item.expectedOutput])).toEqual([
      ['q99999', String(99_999 * 99_999)],
    ]);
    // Editing one item of a large dataset writes one row, not a copy of the dataset.
    const before = await database.datasetItem.count({ where: { datasetId: dataset.id } });
    await updateDatasetItem(database, member, projectId, dataset.id, last.items[0]!.id, {
      expectedOutput: 'a lot',
    });
    expect(await database.datasetItem.count({ where: { datasetId: dataset.id } })).toBe(before + 1);
  }, 240_000);
});
