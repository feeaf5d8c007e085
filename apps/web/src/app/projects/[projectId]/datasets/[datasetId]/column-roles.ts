// The import form's per-column choices, and the column mapping they make.
import { type TColumnMapping, type TColumnMappingInput, ZColumnMapping } from '@yardstick/core';

export type TColumnRole = 'ignore' | 'id' | 'input' | 'expected' | 'metadata';
export type TColumnChoice = { role: TColumnRole; variable: string };

export function choicesFromMapping(
  columns: string[],
  mapping: TColumnMapping,
): Record<string, TColumnChoice> {
  return Object.fromEntries(
    columns.map((column) => {
      const input = mapping.inputs.find((entry) => entry.column === column);
      const role: TColumnRole =
        mapping.idColumn === column
          ? 'id'
          : input
            ? 'input'
            : mapping.expectedOutputColumn === column
              ? 'expected'
              : mapping.metadataColumns.includes(column)
                ? 'metadata'
                : 'ignore';
      return [column, { role, variable: input?.variable ?? column.replace(/[^A-Za-z0-9_]+/g, '_') }];
    }),
  );
}

/** The mapping, or the first problem with it in words. */
export function mappingFromChoices(
  columns: string[],
  choices: Record<string, TColumnChoice>,
): { mapping: TColumnMappingInput } | { problem: string } {
  const pick = (role: TColumnRole) => columns.filter((column) => choices[column]?.role === role);
  const ids = pick('id');
  const expected = pick('expected');
  if (ids.length > 1) return { problem: 'Only one column can be the id.' };
  if (expected.length > 1) return { problem: 'Only one column can be the expected output.' };
  const mapping: TColumnMappingInput = {
    idColumn: ids[0] ?? null,
    inputs: pick('input').map((column) => ({ column, variable: choices[column]!.variable.trim() })),
    expectedOutputColumn: expected[0] ?? null,
    metadataColumns: pick('metadata'),
  };
  const checked = ZColumnMapping.safeParse(mapping);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    const where = issue.path.includes('variable') ? 'A variable name ' : '';
    return { problem: `${where}${issue.message}` };
  }
  return { mapping };
}
