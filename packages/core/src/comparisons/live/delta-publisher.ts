import type { Redis } from 'ioredis';
import type { TLogger } from '../../logging/logger';
import { publishComparisonEvents } from './comparison-stream';

// Long enough to batch a fast model's tokens into a few stream entries, short enough to look live.
const batchMs = 30;

/**
 * Relays a cell's text deltas to the comparison's stream: the first at once (what a watcher sees as the time
 * to first token), the rest batched. A relay failure is logged, never fatal: the stored result is the record.
 */
export function createDeltaPublisher(
  redis: Redis,
  logger: TLogger,
  comparisonId: string,
  completionId: string,
) {
  let buffer = '';
  let timer: NodeJS.Timeout | undefined;
  let isFirst = true;
  let sending: Promise<void> = Promise.resolve();
  const send = () => {
    clearTimeout(timer);
    timer = undefined;
    if (buffer === '') return;
    const text = buffer;
    buffer = '';
    sending = sending
      .then(() => publishComparisonEvents(redis, comparisonId, [{ type: 'cell.delta', completionId, text }]))
      .catch((error: unknown) =>
        logger.warn({ comparisonId, error: String(error) }, 'live delta not relayed'),
      );
  };
  return {
    push(delta: string) {
      buffer += delta;
      if (isFirst) {
        isFirst = false;
        send();
      } else {
        timer ??= setTimeout(send, batchMs);
      }
    },
    /** Sends what is buffered and waits until everything sent so far is on the stream. */
    async flush() {
      send();
      await sending;
    },
  };
}
