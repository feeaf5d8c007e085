// A Redis stream per comparison carries its live events from the workers to every open browser tab. It is a
// relay, not the record: the database holds every result, so the stream is capped and expires.
import { queuePrefix } from '@yardstick/queue';
import type { Redis } from 'ioredis';
import type { TComparisonEvent } from '../comparison-types';

// A 200-cell comparison sends a few thousand batched deltas; the cap only guards against runaway streams.
const maxLength = 50_000;
// Long enough for a tab reopened soon after a run to see its stream; later the database alone answers.
const ttlSeconds = 60 * 60;

export function comparisonStreamKey(comparisonId: string): string {
  return `${queuePrefix}:comparison:${comparisonId}:events`;
}

export interface TStreamEntry {
  id: string;
  event: TComparisonEvent;
}

export async function publishComparisonEvents(
  redis: Redis,
  comparisonId: string,
  events: readonly TComparisonEvent[],
): Promise<void> {
  if (events.length === 0) return;
  const key = comparisonStreamKey(comparisonId);
  const pipeline = redis.pipeline();
  for (const event of events)
    pipeline.xadd(key, 'MAXLEN', '~', maxLength, '*', 'event', JSON.stringify(event));
  pipeline.expire(key, ttlSeconds);
  const results = (await pipeline.exec()) ?? [];
  const failure = results.find(([error]) => error);
  if (failure?.[0]) throw failure[0];
}

type TRawEntry = [id: string, fields: string[]];

function toEntries(raw: TRawEntry[]): TStreamEntry[] {
  return raw.map(([id, fields]) => ({ id, event: JSON.parse(fields[1] ?? 'null') as TComparisonEvent }));
}

/** Everything still on the stream, oldest first. */
export async function readComparisonBacklog(redis: Redis, comparisonId: string): Promise<TStreamEntry[]> {
  return toEntries((await redis.xrange(comparisonStreamKey(comparisonId), '-', '+')) as TRawEntry[]);
}

/** Entries after `afterId`, waiting up to `blockMs` for the first; empty when none came. */
export async function readComparisonEvents(
  redis: Redis,
  comparisonId: string,
  afterId: string,
  blockMs: number,
): Promise<TStreamEntry[]> {
  const reply = (await redis.xread(
    'COUNT',
    500,
    'BLOCK',
    blockMs,
    'STREAMS',
    comparisonStreamKey(comparisonId),
    afterId,
  )) as [key: string, entries: TRawEntry[]][] | null;
  return reply?.[0] ? toEntries(reply[0][1]) : [];
}
