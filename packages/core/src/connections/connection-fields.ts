// The fields of a provider connection, per provider kind, shared by the create and update schemas.
import { z } from 'zod';

export const ZConnectionName = z
  .string()
  .trim()
  .min(1, 'is required')
  .max(80, 'must be at most 80 characters');

const ZSecret = z.string().trim().min(1, 'is required').max(4096, 'must be at most 4096 characters');

export const ZBaseUrl = z
  .url({
    protocol: /^https?$/,
    message: 'must be an http:// or https:// URL, e.g. http://localhost:11434/v1',
  })
  .max(2048, 'must be at most 2048 characters');

export const ZRegion = z
  .string()
  .trim()
  .regex(/^[a-z]{2}(-[a-z]+)+-\d+$/, 'must be an AWS region such as us-east-1');

/** The kinds a person can add; the emulated one is built in. */
export const connectionKinds = ['openai', 'openai_compatible', 'anthropic', 'bedrock', 'gemini'] as const;
export type TConnectionKind = (typeof connectionKinds)[number];
export const connectionKindMessage = 'must be openai, openai_compatible, anthropic, bedrock or gemini';

export const connectionShapes = {
  openai: { apiKey: ZSecret },
  openai_compatible: { baseUrl: ZBaseUrl, apiKey: ZSecret.optional() },
  anthropic: { apiKey: ZSecret },
  bedrock: {
    accessKeyId: ZSecret,
    secretAccessKey: ZSecret,
    sessionToken: ZSecret.optional(),
    region: ZRegion,
  },
  gemini: { apiKey: ZSecret },
} as const;

/** The fields that are secrets: encrypted at rest, never sent back. */
export const credentialFields = ['apiKey', 'accessKeyId', 'secretAccessKey', 'sessionToken'] as const;

/** A form's untouched field arrives as "": on update that means "keep what is stored". */
export function blankAsUndefined<TSchema extends z.ZodType>(schema: TSchema) {
  return z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    schema.optional(),
  );
}
