import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import type { Exchange } from '../http';

const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Ids only need to look real and be unique, so they are random rather than deterministic. */
export function randomId(length: number): string {
  const bytes = randomBytes(length);
  let id = '';
  for (const byte of bytes) id += BASE62[byte % BASE62.length];
  return id;
}

/** One server-sent event. */
export function sse(data: unknown, event?: string, eol = '\n'): string {
  const payload = typeof data === 'string' ? data : JSON.stringify(data);
  return `${event === undefined ? '' : `event: ${event}${eol}`}data: ${payload}${eol}${eol}`;
}

export function bearerToken(ex: Exchange): string | undefined {
  const match = /^Bearer\s+(.+)$/i.exec(ex.header('authorization') ?? '');
  return match?.[1]?.trim();
}

/** Validates `body` with `schema` and converts it, or explains the first problem. */
export function parseWith<S extends z.ZodType, T>(
  schema: S,
  body: unknown,
  convert: (value: z.infer<S>) => T,
): T | string {
  const result = schema.safeParse(body);
  if (result.success) return convert(result.data);
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return `Invalid request: ${where}${issue?.message ?? 'malformed body'}`;
}

/** A content array's text parts, joined: the emulator answers text and ignores other modalities. */
export function joinText(parts: readonly { text?: string | undefined }[]): string {
  return parts.flatMap((p) => (typeof p.text === 'string' ? [p.text] : [])).join('\n');
}
