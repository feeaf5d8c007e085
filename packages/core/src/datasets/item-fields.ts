// The shape of a dataset item, shared by the importer, the item editor and the API. Browser-safe.
import { z } from 'zod';

export const variableNamePattern = /^[A-Za-z_][A-Za-z0-9_]*$/;

export const ZVariableName = z
  .string()
  .trim()
  .regex(
    variableNamePattern,
    'must start with a letter or _ and hold only letters, digits and _ (as in {{name}})',
  )
  .max(64, 'must be at most 64 characters');

export const ZItemKey = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(200, 'must be at most 200 characters');

export const maxFieldCharacters = 200_000;

export const ZItemInput = z
  .record(ZVariableName, z.string().max(maxFieldCharacters, 'is longer than 200,000 characters'))
  .refine((input) => Object.keys(input).length > 0, 'needs at least one input variable');

export const ZItemMetadata = z.record(z.string().min(1).max(200), z.json());

export const ZItemContent = z.object({
  input: ZItemInput,
  expectedOutput: z
    .string()
    .max(maxFieldCharacters, 'is longer than 200,000 characters')
    .nullable()
    .default(null),
  metadata: ZItemMetadata.default({}),
});
export type TItemContent = z.output<typeof ZItemContent>;

export const ZDatasetName = z.string().trim().min(1, 'is required').max(80, 'must be at most 80 characters');
