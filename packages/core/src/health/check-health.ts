import type { TDatabase } from '@yardstick/db';
import { listLiveWorkers, type TWorkerHeartbeat } from '@yardstick/queue';
import type { Redis } from 'ioredis';

export interface TComponentHealth {
  isHealthy: boolean;
  latencyMs?: number;
  error?: string;
}

export interface THealthReport {
  status: 'ok' | 'degraded';
  database: TComponentHealth;
  redis: TComponentHealth;
  workers: TComponentHealth & { count: number; live: TWorkerHeartbeat[] };
}

async function timed(check: () => Promise<unknown>): Promise<TComponentHealth> {
  const startedAt = performance.now();
  try {
    await check();
    return { isHealthy: true, latencyMs: Math.round(performance.now() - startedAt) };
  } catch (error) {
    return { isHealthy: false, error: error instanceof Error ? error.message : String(error) };
  }
}

export async function checkHealth(dependencies: {
  database: TDatabase;
  redis: Redis;
}): Promise<THealthReport> {
  const [database, redis] = await Promise.all([
    timed(() => dependencies.database.$queryRaw`SELECT 1`),
    timed(() => dependencies.redis.ping()),
  ]);
  let live: TWorkerHeartbeat[] = [];
  let workerError: string | undefined;
  if (redis.isHealthy) {
    live = await listLiveWorkers(dependencies.redis).catch((error: Error) => {
      workerError = error.message;
      return [];
    });
  }
  const workers = {
    isHealthy: live.length > 0,
    count: live.length,
    live,
    ...(live.length === 0
      ? { error: workerError ?? 'No worker has reported a heartbeat in the last 15 seconds.' }
      : {}),
  };
  const isHealthy = database.isHealthy && redis.isHealthy && workers.isHealthy;
  return { status: isHealthy ? 'ok' : 'degraded', database, redis, workers };
}
