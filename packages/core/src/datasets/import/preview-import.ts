// The first rows of a file and a suggested column mapping, read from the file's beginning only (the browser
// sends a slice), so a large file can be checked and mapped before it is uploaded whole.
import type { TDatabase } from '@yardstick/db';
import { z } from 'zod';
import type { TActor } from '../../access/actor';
import { requireProjectRole } from '../../access/project-access';
import { suggestMapping, type TColumnMapping } from './column-mapping';
import { decodeUtf8 } from './decode-utf8';
import { importLimits } from './import-limits';
import { ProblemList, type TLineProblem } from './import-problems';
import { importFormats, readRows, type TImportFormat } from './read-rows';

export const ZPreviewImport = z.object({
  format: z.enum(importFormats, { message: 'must be csv or jsonl' }).optional(),
  /** True when the bytes are only the beginning of the file: its last, cut-off line is ignored. */
  isTruncated: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
});
export type TPreviewImport = z.output<typeof ZPreviewImport>;

export interface TImportPreview {
  format: TImportFormat;
  columns: string[];
  rows: { line: number; values: Record<string, string> }[];
  suggestedMapping: TColumnMapping;
  /** Problems already visible in the preview; the import lists every one. */
  problems: TLineProblem[];
}

function detectFormat(head: Uint8Array): TImportFormat {
  const start = new TextDecoder()
    .decode(head.subarray(0, 64))
    .replace(/^\uFEFF/, '')
    .trimStart();
  return start.startsWith('{') ? 'jsonl' : 'csv';
}

function cutAtLastNewline(bytes: Uint8Array): Uint8Array {
  // A newline byte never occurs inside a multi-byte UTF-8 character, so this never splits one.
  const end = bytes.lastIndexOf(0x0a);
  return end === -1 ? bytes : bytes.subarray(0, end + 1);
}

function display(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export async function previewImport(
  database: TDatabase,
  actor: TActor,
  projectId: string,
  options: TPreviewImport,
  bytes: Uint8Array,
): Promise<TImportPreview> {
  await requireProjectRole(database, actor, projectId, 'member');
  const head = options.isTruncated ? cutAtLastNewline(bytes) : bytes;
  const format = options.format ?? detectFormat(head);
  const problems = new ProblemList();
  const reader = readRows(format, decodeUtf8([head.subarray(0, importLimits.previewBytes)]), problems);
  const header = await reader.header();
  const rows: TImportPreview['rows'] = [];
  const columns = header ? [...header] : [];
  for await (const row of reader.rows) {
    rows.push({
      line: row.line,
      values: Object.fromEntries(Object.entries(row.values).map(([key, value]) => [key, display(value)])),
    });
    if (!header) for (const key of Object.keys(row.values)) if (!columns.includes(key)) columns.push(key);
    if (rows.length >= importLimits.previewRows) break;
  }
  await reader.rows.return(undefined);
  return { format, columns, rows, suggestedMapping: suggestMapping(columns), problems: problems.kept };
}
