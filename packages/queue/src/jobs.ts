// The one home of queue contracts: every queue, every job name and its payload schema.
// New payload fields must be optional (with a comment) until jobs queued before them have drained.
import { z } from 'zod';

export const queueNames = ['system'] as const;
export type TQueueName = (typeof queueNames)[number];

export const ZSystemProbe = z.object({
  /** When the probe was requested, to report the round trip through Redis and a worker. */
  requestedAt: z.iso.datetime(),
});

export const jobContracts = {
  'system.probe': { queue: 'system', schema: ZSystemProbe },
} as const satisfies Record<string, { queue: TQueueName; schema: z.ZodType }>;

export type TJobName = keyof typeof jobContracts;
export type TJobPayload<Name extends TJobName> = z.infer<(typeof jobContracts)[Name]['schema']>;

/**
 * Every Redis key of an installation (queues, streams, heartbeats) starts with this prefix, so several
 * installations (or parallel test runs) can share one Redis. Read here rather than passed around because
 * web, worker and every queue helper must agree on it; it is declared in core's environment schema too.
 */
export const queuePrefix = process.env.YARDSTICK_QUEUE_PREFIX ?? 'yardstick';
