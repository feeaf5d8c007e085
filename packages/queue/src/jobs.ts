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

/** Queue names in Redis carry a prefix so several Yardstick installations can share one Redis. */
export const queuePrefix = 'yardstick';
