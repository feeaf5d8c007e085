// The one home of queue contracts: every queue, every job name and its payload schema.
// New payload fields must be optional (with a comment) until jobs queued before them have drained.
import { z } from 'zod';

export const queueNames = ['system', 'usage', 'alerts', 'comparisons', 'generations'] as const;
export type TQueueName = (typeof queueNames)[number];

export const ZSystemProbe = z.object({
  /** When the probe was requested, to report the round trip through Redis and a worker. */
  requestedAt: z.iso.datetime(),
});

/** Folds new UsageEvents into the daily rollups, then evaluates budgets; run by a job scheduler. */
export const ZUsageRollup = z.object({});

/** Posts one alert to one webhook; retried with exponential backoff until the webhook answers 2xx. */
export const ZAlertDeliver = z.object({
  alertId: z.string().min(1),
  webhookId: z.string().min(1),
});

/** Runs one cell of a comparison: one model config on one row, streamed, its result stored once. */
export const ZComparisonCell = z.object({
  comparisonId: z.string().min(1),
  completionId: z.string().min(1),
});

/** The parent of a comparison's cell jobs: runs once they have all finished and sets the comparison's status. */
export const ZComparisonFinish = z.object({
  comparisonId: z.string().min(1),
  /** The cells of this flow (a re-run is a flow of one): any still unfinished lost its job for good. */
  completionIds: z.array(z.string().min(1)).max(200),
});

/** Generates one completion of a generation run (one dataset item × one model config), stored once. */
export const ZGenerationCompletion = z.object({
  generationRunId: z.string().min(1),
  completionId: z.string().min(1),
});

/** The parent of a generation run's completion jobs: runs once they have all finished and settles the run. */
export const ZGenerationFinish = z.object({
  generationRunId: z.string().min(1),
});

export const jobContracts = {
  'system.probe': { queue: 'system', schema: ZSystemProbe },
  'usage.rollup': { queue: 'usage', schema: ZUsageRollup },
  'alerts.deliver': { queue: 'alerts', schema: ZAlertDeliver },
  'comparison.cell': { queue: 'comparisons', schema: ZComparisonCell },
  'comparison.finish': { queue: 'comparisons', schema: ZComparisonFinish },
  'generation.completion': { queue: 'generations', schema: ZGenerationCompletion },
  'generation.finish': { queue: 'generations', schema: ZGenerationFinish },
} as const satisfies Record<string, { queue: TQueueName; schema: z.ZodType }>;

export type TJobName = keyof typeof jobContracts;
export type TJobPayload<Name extends TJobName> = z.infer<(typeof jobContracts)[Name]['schema']>;

/**
 * Every Redis key of an installation (queues, streams, heartbeats) starts with this prefix, so several
 * installations (or parallel test runs) can share one Redis. Read here rather than passed around because
 * web, worker and every queue helper must agree on it; it is declared in core's environment schema too.
 */
export const queuePrefix = process.env.YARDSTICK_QUEUE_PREFIX ?? 'yardstick';
