import { z } from 'zod';

// The parameters a model config sends with every call. Null clears a parameter (the provider's default applies).
export const ZModelConfigParameters = z.object({
  systemPrompt: z.string().max(100_000, 'is longer than 100,000 characters').nullable(),
  temperature: z.number().min(0, 'must be 0 or more').max(2, 'must be 2 or less').nullable(),
  topP: z.number().gt(0, 'must be more than 0').max(1, 'must be 1 or less').nullable(),
  maxOutputTokens: z
    .number()
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(1_000_000)
    .nullable(),
  stopSequences: z
    .array(z.string().min(1, 'must not be empty').max(100, 'must be at most 100 characters'))
    .max(4, 'allows at most 4 stop sequences'),
  seed: z.number().int('must be a whole number').min(0).max(2_147_483_647).nullable(),
});

export const ZModelConfigName = z
  .string()
  .trim()
  .min(1, 'is required')
  .max(80, 'must be at most 80 characters');

export const ZModelConfigChoice = z.object({
  name: ZModelConfigName,
  connectionId: z.string().min(1, 'is required').max(64),
  model: z.string().trim().min(1, 'is required').max(200),
});
