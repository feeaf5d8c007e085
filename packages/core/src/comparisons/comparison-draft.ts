// What the browser posts to predict or run a comparison (browser-safe: the playground validates with it too).
import { z } from 'zod';
import { ZPromptMessages } from '../prompts/template';

export const ZComparisonRowDraft = z
  .strictObject({
    /** A saved prompt version… */
    promptVersionId: z.string().min(1).max(64).optional(),
    /** …or an inline template. */
    messages: ZPromptMessages.optional(),
    variables: z
      .record(z.string().max(100), z.string().max(1_000_000, 'is longer than 1,000,000 characters'))
      .default({}),
  })
  .refine((row) => (row.promptVersionId === undefined) !== (row.messages === undefined), {
    message: 'needs either promptVersionId or messages (not both)',
  });
export type TComparisonRowDraft = z.input<typeof ZComparisonRowDraft>;

// The arrays are bounded loosely here; the comparison limits are checked with messages that say what to do.
export const ZComparisonDraft = z.strictObject({
  title: z.string().trim().max(200, 'must be at most 200 characters').optional(),
  modelConfigIds: z.array(z.string().min(1).max(64)).min(1, 'needs at least one model config').max(100),
  rows: z.array(ZComparisonRowDraft).min(1, 'needs at least one row').max(100),
});
export type TComparisonDraft = z.input<typeof ZComparisonDraft>;
export type TParsedComparisonDraft = z.output<typeof ZComparisonDraft>;
