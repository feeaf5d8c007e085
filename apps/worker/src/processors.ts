// Every job the worker runs, mapped to its handler: a payload in, a call into packages/core out.
import type { TJobHandlers } from '@yardstick/queue';

export function createProcessors(context: { workerId: string }): TJobHandlers {
  return {
    'system.probe': async (payload) => ({
      workerId: context.workerId,
      requestedAt: payload.requestedAt,
      processedAt: new Date().toISOString(),
    }),
  };
}
