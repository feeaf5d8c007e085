// The rows of an uploaded file as column → value records, whatever its format: CSV (a header line, then
// rows) or JSON Lines (one object per line, its fields as columns).
import { type ProblemList, UnreadableFileError } from './import-problems';
import { readCsvRecords } from './read-csv';
import { readJsonlRecords } from './read-jsonl';

export const importFormats = ['csv', 'jsonl'] as const;
export type TImportFormat = (typeof importFormats)[number];

export interface TSourceRow {
  line: number;
  values: Record<string, unknown>;
}

export interface TSourceReader {
  /** The CSV header, read before the first row; JSON Lines have none (undefined). */
  header(): Promise<string[] | undefined>;
  rows: AsyncGenerator<TSourceRow>;
}

function checkHeader(fields: string[]): string[] {
  const columns = fields.map((field) => field.trim());
  const unnamed = columns.indexOf('');
  if (unnamed !== -1) {
    throw new UnreadableFileError(
      `Column ${unnamed + 1} of the header (line 1) has no name; every column needs one.`,
    );
  }
  const repeated = columns.find((column, index) => columns.indexOf(column) !== index);
  if (repeated)
    throw new UnreadableFileError(
      `The header (line 1) names the column "${repeated}" twice; column names must be unique.`,
    );
  return columns;
}

function csvReader(text: AsyncIterable<string>, problems: ProblemList): TSourceReader {
  const records = readCsvRecords(text, problems);
  let header: Promise<string[] | undefined> | undefined;
  const readHeader = () => {
    header ??= records.next().then((first) => {
      if (first.done) {
        if (!problems.isEmpty) return undefined;
        throw new UnreadableFileError(
          'The file is empty: a CSV file needs a header line naming its columns, then one line per row.',
        );
      }
      return checkHeader(first.value.fields);
    });
    return header;
  };
  async function* rows(): AsyncGenerator<TSourceRow> {
    const columns = await readHeader();
    if (!columns) return;
    for await (const record of records) {
      if (record.fields.length !== columns.length) {
        problems.add(
          record.line,
          `has ${record.fields.length} ${record.fields.length === 1 ? 'field' : 'fields'}, but the header has ${columns.length} (a comma inside a value needs quotes)`,
        );
        continue;
      }
      const values: Record<string, unknown> = {};
      columns.forEach((column, index) => {
        values[column] = record.fields[index];
      });
      yield { line: record.line, values };
    }
  }
  return { header: readHeader, rows: rows() };
}

function jsonlReader(text: AsyncIterable<string>, problems: ProblemList): TSourceReader {
  async function* rows(): AsyncGenerator<TSourceRow> {
    for await (const record of readJsonlRecords(text, problems))
      yield { line: record.line, values: record.value };
  }
  return { header: async () => undefined, rows: rows() };
}

export function readRows(
  format: TImportFormat,
  text: AsyncIterable<string>,
  problems: ProblemList,
): TSourceReader {
  return format === 'csv' ? csvReader(text, problems) : jsonlReader(text, problems);
}
