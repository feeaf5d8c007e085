// The server side of a comparison's SSE feed: a snapshot (the database, brought up to date with what is still on
// the Redis stream, so a tab opened mid-run also shows the text streamed so far), then every event after it
// (XREAD BLOCK from the snapshot's position), then "end" once nothing is left to run.
import type { TDatabase } from '@yardstick/db';
import { Redis } from 'ioredis';
import type { TActor } from '../../access/actor';
import { requireProjectRole } from '../../access/project-access';
import { applyComparisonEvent, isComparisonSettled } from '../comparison-state';
import type { TComparisonEvent, TComparisonView } from '../comparison-types';
import { loadComparisonView } from '../comparison-view';
import { readComparisonBacklog, readComparisonEvents } from './comparison-stream';

export type TComparisonFeedItem =
  | { event: 'snapshot'; data: TComparisonView }
  | { event: 'update'; id: string; data: TComparisonEvent }
  | { event: 'end' }
  | { event: 'keep-alive' };

// Under the idle timeouts of common proxies, so a quiet stream stays open.
const keepAliveMs = 15_000;

/**
 * Checks access and that the comparison exists (so those answer as plain errors), then returns the feed. Each
 * feed reads on a Redis connection of its own (XREAD BLOCK holds it), closed when `signal` aborts.
 */
export async function openComparisonStream(options: {
  database: TDatabase;
  redisUrl: string;
  actor: TActor;
  projectId: string;
  comparisonId: string;
  signal: AbortSignal;
}): Promise<AsyncGenerator<TComparisonFeedItem>> {
  const { database, projectId, comparisonId, signal } = options;
  await requireProjectRole(database, options.actor, projectId, 'viewer');
  const initial = await loadComparisonView(database, projectId, comparisonId);
  // Blocking reads must not time out; the name tells these connections apart in CLIENT LIST.
  const reader = new Redis(options.redisUrl, {
    maxRetriesPerRequest: null,
    connectionName: 'yardstick-comparison-feed',
  });
  const close = () => reader.disconnect();
  signal.addEventListener('abort', close, { once: true });

  async function* feed(): AsyncGenerator<TComparisonFeedItem> {
    try {
      let view = initial;
      const backlog = await readComparisonBacklog(reader, comparisonId);
      for (const entry of backlog) view = applyComparisonEvent(view, entry.event);
      let lastId = backlog.at(-1)?.id ?? '0-0';
      yield { event: 'snapshot', data: view };
      while (!isComparisonSettled(view)) {
        const entries = await readComparisonEvents(reader, comparisonId, lastId, keepAliveMs);
        if (entries.length === 0) yield { event: 'keep-alive' };
        for (const entry of entries) {
          view = applyComparisonEvent(view, entry.event);
          lastId = entry.id;
          yield { event: 'update', id: entry.id, data: entry.event };
        }
      }
      yield { event: 'end' };
    } catch (error) {
      // A read cut short because the client left is the normal way out.
      if (!signal.aborted) throw error;
    } finally {
      signal.removeEventListener('abort', close);
      close();
    }
  }
  return feed();
}
