// Stopping a comparison reaches the workers through Redis pub/sub: each worker process listens on one channel
// and aborts the provider requests it has in flight for that comparison.
import { queuePrefix } from '@yardstick/queue';
import type { Redis } from 'ioredis';

const channel = () => `${queuePrefix}:comparisons:cancel`;

export async function publishCancellation(redis: Redis, comparisonId: string): Promise<void> {
  await redis.publish(channel(), comparisonId);
}

export interface TCancellationListener {
  /** Resolves once the subscription is active: jobs wait for it so no cancellation can slip past. */
  ready: Promise<void>;
  /** An abort signal for work on a comparison; release it when the work is done. */
  track(comparisonId: string): { signal: AbortSignal; release: () => void };
}

/** Listens on a connection of its own (a subscribed Redis connection can do nothing else). */
export function listenForCancellations(subscriber: Redis): TCancellationListener {
  const controllers = new Map<string, Set<AbortController>>();
  subscriber.on('message', (_channel: string, comparisonId: string) => {
    for (const controller of controllers.get(comparisonId) ?? [])
      controller.abort(new Error('The comparison was stopped.'));
  });
  return {
    ready: subscriber.subscribe(channel()).then(() => undefined),
    track(comparisonId) {
      const controller = new AbortController();
      const tracked = controllers.get(comparisonId) ?? new Set();
      tracked.add(controller);
      controllers.set(comparisonId, tracked);
      return {
        signal: controller.signal,
        release: () => {
          tracked.delete(controller);
          if (tracked.size === 0) controllers.delete(comparisonId);
        },
      };
    },
  };
}
