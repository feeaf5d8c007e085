// The one place that reads process.env. Parsed once at start by the web app and the worker alike;
// a bad value stops the process with a message naming the variable.
import { z } from 'zod';

export const ZEnvironment = z.object({
  DATABASE_URL: z
    .url({ message: 'must be a postgresql:// URL' })
    .refine((value) => /^postgres(ql)?:\/\//.test(value), {
      message: 'must be a postgresql:// URL',
    }),
  REDIS_URL: z.url({ message: 'must be a redis:// URL' }).refine((value) => /^rediss?:\/\//.test(value), {
    message: 'must be a redis:// URL',
  }),
  YARDSTICK_URL: z.url().default('http://localhost:3000'),
  YARDSTICK_AUTH_SECRET: z.string().min(32, { message: 'must be at least 32 characters' }),
  YARDSTICK_ENCRYPTION_KEY: z.string().optional(),
  YARDSTICK_EMULATOR_URL: z.url().optional(),
  YARDSTICK_MAX_BODY_BYTES: z.coerce.number().int().positive().default(1_048_576),
  /** Prefix of every Redis key (read by packages/queue); distinct installations sharing a Redis need distinct ones. */
  YARDSTICK_QUEUE_PREFIX: z
    .string()
    .regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and dashes')
    .default('yardstick'),
  YARDSTICK_WORKER_CONCURRENCY: z.coerce.number().int().positive().default(8),
  /** How long a worker's job lock lasts; after a worker dies its jobs return to the queue within about this. */
  YARDSTICK_WORKER_LOCK_DURATION_MS: z.coerce
    .number()
    .int()
    .min(1000, { message: 'must be at least 1000' })
    .default(30_000),
  /** How often each worker looks for jobs of dead workers (BullMQ's stalled-job check). */
  YARDSTICK_WORKER_STALLED_INTERVAL_MS: z.coerce
    .number()
    .int()
    .min(500, { message: 'must be at least 500' })
    .default(30_000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type TEnvironment = z.infer<typeof ZEnvironment>;

export class EnvironmentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'EnvironmentError';
  }
}

export function parseEnvironment(source: Record<string, string | undefined>): TEnvironment {
  const result = ZEnvironment.safeParse(source);
  if (!result.success) {
    throw new EnvironmentError(
      result.error.issues.map((issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`),
    );
  }
  return result.data;
}

let cached: TEnvironment | undefined;

/** The process environment, validated on first use. */
export function environment(): TEnvironment {
  cached ??= parseEnvironment(process.env);
  return cached;
}
