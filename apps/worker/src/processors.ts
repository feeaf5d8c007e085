// Every job the worker runs, mapped to its handler: a payload in, a call into packages/core out.
import {
  deliverAlert,
  finishComparison,
  finishGenerationRun,
  listenForCancellations,
  runComparisonCell,
  runGenerationCompletion,
  runUsageRollup,
  type TCellRunnerContext,
  type TServices,
} from '@yardstick/core/server';
import { createRedisConnection, type TJobHandlers } from '@yardstick/queue';

export function createProcessors(context: { workerId: string; services: TServices }): TJobHandlers {
  const { services } = context;
  const cells: TCellRunnerContext = {
    database: services.database,
    redis: services.redis,
    logger: services.logger,
    adapterContext: {
      encryptionKey: services.environment.YARDSTICK_ENCRYPTION_KEY,
      emulatorUrl: services.environment.YARDSTICK_EMULATOR_URL,
    },
    // Stopping a comparison aborts its provider requests in flight here; the listener needs its own connection.
    cancellations: listenForCancellations(createRedisConnection(services.environment.REDIS_URL, 'worker')),
  };
  return {
    'comparison.cell': async (payload, job) =>
      runComparisonCell(cells, payload, { isLastAttempt: job.attemptsMade + 1 >= (job.opts.attempts ?? 1) }),
    'comparison.finish': async (payload) => finishComparison(services, payload),
    'generation.completion': async (payload, job) =>
      runGenerationCompletion(cells, payload, {
        isLastAttempt: job.attemptsMade + 1 >= (job.opts.attempts ?? 1),
      }),
    'generation.finish': async (payload) => finishGenerationRun(services.database, payload),
    'usage.rollup': async () => runUsageRollup(context.services),
    'alerts.deliver': async (payload) => deliverAlert(context.services.database, payload),
    'system.probe': async (payload) => ({
      workerId: context.workerId,
      requestedAt: payload.requestedAt,
      processedAt: new Date().toISOString(),
    }),
  };
}
