import type { Redis } from 'ioredis';
import { queuePrefix } from './jobs';

export interface TWorkerHeartbeat {
  workerId: string;
  hostname: string;
  pid: number;
  startedAt: string;
  beatAt: string;
  activeJobs: number;
}

const heartbeatIntervalMs = 5_000;
// A worker is considered gone after missing three beats.
const heartbeatTtlSeconds = 15;
const key = (workerId: string) => `${queuePrefix}:workers:${workerId}`;

/** Writes this worker's heartbeat every few seconds; returns a function that stops and clears it. */
export function startHeartbeat(
  connection: Redis,
  describe: () => Omit<TWorkerHeartbeat, 'beatAt'>,
): () => Promise<void> {
  const beat = async () => {
    const heartbeat: TWorkerHeartbeat = { ...describe(), beatAt: new Date().toISOString() };
    await connection.set(key(heartbeat.workerId), JSON.stringify(heartbeat), 'EX', heartbeatTtlSeconds);
  };
  void beat();
  const timer = setInterval(() => void beat().catch(() => {}), heartbeatIntervalMs);
  return async () => {
    clearInterval(timer);
    await connection.del(key(describe().workerId));
  };
}

/** Every worker that has beaten within the last few seconds. */
export async function listLiveWorkers(connection: Redis): Promise<TWorkerHeartbeat[]> {
  const keys: string[] = [];
  let cursor = '0';
  do {
    const [next, found] = await connection.scan(cursor, 'MATCH', `${queuePrefix}:workers:*`, 'COUNT', 100);
    cursor = next;
    keys.push(...found);
  } while (cursor !== '0');
  if (keys.length === 0) return [];
  const values = await connection.mget(...keys);
  return values
    .filter((value): value is string => value !== null)
    .map((value) => JSON.parse(value) as TWorkerHeartbeat);
}
