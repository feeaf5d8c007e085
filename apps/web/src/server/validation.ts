import 'server-only';
import { type TErrorDetail, ValidationError } from '@yardstick/core/server';
import type { z } from 'zod';

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) return 'is required';
  if (issue.code === 'unrecognized_keys') return `has unknown field(s): ${issue.keys.join(', ')}`;
  return issue.message;
}

/** Parses a part of the request (`body`, `query`, `params`) or fails with every problem named by field. */
export function parseOrThrow<TSchema extends z.ZodType>(
  schema: TSchema,
  value: unknown,
  part: 'body' | 'query' | 'params',
): z.infer<TSchema> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const details: TErrorDetail[] = result.error.issues.map((issue) => ({
    field: [part, ...issue.path.map(String)].join('.'),
    message: describeIssue(issue),
  }));
  throw new ValidationError(details.map((detail) => `${detail.field} ${detail.message}`).join('; '), details);
}
