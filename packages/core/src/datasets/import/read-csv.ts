// CSV records with the line each starts on, parsed as the text streams in (RFC 4180: quoted fields may hold
// commas, quotes as "" and line breaks). Rows whose field count differs from the header are reported and left
// out; a broken quote stops reading, since nothing after it can be trusted.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CsvError, parse } from 'csv-parse';
import type { ProblemList } from './import-problems';

export interface TCsvRecord {
  line: number;
  fields: string[];
}

function describeCsvError(error: CsvError): string {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted field starts here and its closing quote (") is missing; reading stopped here';
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'a quoted field is followed by other characters before the next comma; inside quotes write a quote as "" (reading stopped here)';
    case 'INVALID_OPENING_QUOTE':
      return 'a quote (") appears inside an unquoted field; quote the whole field and write the quote as "" (reading stopped here)';
    default:
      return `cannot be read as CSV (${error.message}); reading stopped here`;
  }
}

export async function* readCsvRecords(
  text: AsyncIterable<string>,
  problems: ProblemList,
): AsyncGenerator<TCsvRecord> {
  // Where the last complete record ended, tracked as the parser makes records (ahead of the loop below, which
  // loses the records still buffered when the parser fails), so a failure points at the record it is in.
  let lastRecordEnd = 0;
  const parser = parse({
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
    bom: true,
    on_record: (record, context) => {
      lastRecordEnd = context.lines;
      return record;
    },
  });
  // The pipeline carries a failure of the source (e.g. a bad encoding) into the parser, where the loop sees it.
  const feeding = pipeline(Readable.from(text), parser).catch(() => {});
  let previousEnd = 0;
  let previousEmpty = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number; empty_lines: number };
    }>) {
      const line = previousEnd + 1 + (info.empty_lines - previousEmpty);
      previousEnd = info.lines;
      previousEmpty = info.empty_lines;
      yield { line, fields: record };
    }
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line =
      error.code === 'CSV_QUOTE_NOT_CLOSED' ? lastRecordEnd + 1 : Number(error.lines ?? lastRecordEnd + 1);
    problems.add(line, describeCsvError(error));
  } finally {
    parser.destroy();
    await feeding;
  }
}
