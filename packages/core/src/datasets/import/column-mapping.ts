// How the columns of a file (or the fields of JSON lines) become an item: an id, input variables, the
// expected output and metadata. Browser-safe: the import form builds and checks the same object.
import { z } from 'zod';
import { maxFieldCharacters, ZVariableName } from '../item-fields';

const ZColumnName = z.string().min(1, 'must name a column').max(200);

export const ZColumnMapping = z
  .object({
    idColumn: ZColumnName.nullable().default(null),
    inputs: z
      .array(z.object({ column: ZColumnName, variable: ZVariableName }))
      .min(1, 'must map at least one column to an input variable'),
    expectedOutputColumn: ZColumnName.nullable().default(null),
    metadataColumns: z.array(ZColumnName).default([]),
  })
  .superRefine((mapping, context) => {
    const roles = new Map<string, string>();
    const claim = (column: string, role: string) => {
      const previous = roles.get(column);
      if (previous)
        context.addIssue({
          code: 'custom',
          message: `column "${column}" is mapped twice (${previous} and ${role})`,
        });
      roles.set(column, role);
    };
    if (mapping.idColumn) claim(mapping.idColumn, 'id');
    for (const input of mapping.inputs) claim(input.column, `input {{${input.variable}}}`);
    if (mapping.expectedOutputColumn) claim(mapping.expectedOutputColumn, 'expected output');
    for (const column of mapping.metadataColumns) claim(column, 'metadata');
    const variables = mapping.inputs.map((input) => input.variable);
    const repeated = variables.filter((variable, index) => variables.indexOf(variable) !== index);
    if (repeated.length > 0) {
      context.addIssue({ code: 'custom', message: `variable {{${repeated[0]}}} is given by two columns` });
    }
  });
export type TColumnMapping = z.output<typeof ZColumnMapping>;
export type TColumnMappingInput = z.input<typeof ZColumnMapping>;

/** Every column the mapping reads. */
export function mappedColumns(mapping: TColumnMapping): string[] {
  return [
    ...(mapping.idColumn ? [mapping.idColumn] : []),
    ...mapping.inputs.map((input) => input.column),
    ...(mapping.expectedOutputColumn ? [mapping.expectedOutputColumn] : []),
    ...mapping.metadataColumns,
  ];
}

const idLike = /^(id|key|uuid|item_?id)$/i;
const expectedLike = /^(expected(_?output)?|answer|ground_?truth|reference|target|ideal)$/i;

/** A first guess at the mapping from the column names, for the import form to start from. */
export function suggestMapping(columns: readonly string[]): TColumnMapping {
  const idColumn = columns.find((column) => idLike.test(column.trim())) ?? null;
  const expectedOutputColumn = columns.find((column) => expectedLike.test(column.trim())) ?? null;
  const used = new Set<string>();
  const inputs = columns
    .filter((column) => column !== idColumn && column !== expectedOutputColumn)
    .map((column) => {
      let variable =
        column
          .trim()
          .replace(/[^A-Za-z0-9_]+/g, '_')
          .replace(/^_+|_+$/g, '') || 'input';
      if (/^\d/.test(variable)) variable = `_${variable}`;
      variable = variable.slice(0, 64);
      while (used.has(variable)) variable = `${variable}_`;
      used.add(variable);
      return { column, variable };
    });
  return { idColumn, inputs, expectedOutputColumn, metadataColumns: [] };
}

export interface TMappedRow {
  /** Null when the mapping has no id column: the row's position becomes its id. */
  key: string | null;
  input: Record<string, string>;
  expectedOutput: string | null;
  metadata: Record<string, unknown>;
}

function asText(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** Applies the mapping to one row (CSV cells are strings; JSON values may be anything), or says what is wrong. */
export function mapRow(
  values: Readonly<Record<string, unknown>>,
  mapping: TColumnMapping,
): TMappedRow | string {
  let key: string | null = null;
  if (mapping.idColumn) {
    key = asText(values[mapping.idColumn])?.trim() ?? '';
    if (key === '') return `has no id in "${mapping.idColumn}"`;
    if (key.length > 200) return `has an id longer than 200 characters in "${mapping.idColumn}"`;
  }
  const input: Record<string, string> = {};
  for (const { column, variable } of mapping.inputs) {
    const text = asText(values[column]);
    if (text === undefined) return `has no value for "${column}" (input {{${variable}}})`;
    if (text.length > maxFieldCharacters) return `"${column}" is longer than 200,000 characters`;
    input[variable] = text;
  }
  let expectedOutput: string | null = null;
  if (mapping.expectedOutputColumn) {
    const text = asText(values[mapping.expectedOutputColumn]);
    if (text !== undefined && text.length > maxFieldCharacters) {
      return `"${mapping.expectedOutputColumn}" is longer than 200,000 characters`;
    }
    // An empty cell means "no expected output yet", not an empty answer.
    expectedOutput = text === undefined || text === '' ? null : text;
  }
  const metadata: Record<string, unknown> = {};
  for (const column of mapping.metadataColumns) {
    const value = values[column];
    if (value !== undefined && value !== '') metadata[column] = value;
  }
  return { key, input, expectedOutput, metadata };
}
