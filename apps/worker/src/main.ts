// The worker process: takes jobs from Redis, runs them against Postgres and the providers.
// Run as many as you like; each one reports a heartbeat that /api/health lists.
import { hostname } from 'node:os';
import {
  closeServices,
  createServices,
  EnvironmentError,
  ensureEmulatedConnections,
  syncCatalog,
} from '@yardstick/core/server';
import { applyMigrations } from '@yardstick/db/migrations';
import {
  createRedisConnection,
  scheduleRepeatingJob,
  startConsumers,
  startHeartbeat,
} from '@yardstick/queue';
import { createProcessors } from './processors';

const workerId = `${hostname()}-${process.pid}`;
/** How often new usage is folded into the cost rollups (and budgets evaluated): the dashboard's freshness. */
const usageRollupEveryMs = 5000;

async function main() {
  const services = createServices('worker');
  const { logger, environment } = services;
  await applyMigrations(environment.DATABASE_URL);
  const catalog = await syncCatalog(services.database);
  await ensureEmulatedConnections(services.database);
  if (catalog.created + catalog.repriced > 0) logger.info(catalog, 'model catalog loaded');

  const connection = createRedisConnection(environment.REDIS_URL, 'worker');
  let activeJobs = 0;
  const consumers = startConsumers({
    connection,
    handlers: createProcessors({ workerId, services }),
    concurrency: environment.YARDSTICK_WORKER_CONCURRENCY,
    lockDurationMs: environment.YARDSTICK_WORKER_LOCK_DURATION_MS,
    stalledIntervalMs: environment.YARDSTICK_WORKER_STALLED_INTERVAL_MS,
    onFailed: (job, error) =>
      logger.error({ jobId: job?.id, jobName: job?.name, error: error.message }, 'job failed'),
  });
  for (const worker of consumers.workers) {
    worker.on('active', () => {
      activeJobs += 1;
    });
    worker.on('completed', () => {
      activeJobs -= 1;
    });
    worker.on('failed', () => {
      activeJobs = Math.max(0, activeJobs - 1);
    });
  }
  // Idempotent: however many workers start, there is one schedule, and one rollup job per tick.
  await scheduleRepeatingJob(connection, 'usage.rollup', {}, usageRollupEveryMs);
  const startedAt = new Date().toISOString();
  const stopHeartbeat = startHeartbeat(connection, () => ({
    workerId,
    hostname: hostname(),
    pid: process.pid,
    startedAt,
    activeJobs,
  }));
  logger.info({ workerId, concurrency: environment.YARDSTICK_WORKER_CONCURRENCY }, 'worker ready');

  let isStopping = false;
  const stop = async (signal: string) => {
    if (isStopping) return;
    isStopping = true;
    logger.info({ signal, activeJobs }, 'worker stopping: finishing jobs in flight');
    // close() stops taking new jobs and waits for the active ones, so none is lost or half-done.
    await consumers.close();
    await stopHeartbeat();
    connection.disconnect();
    await closeServices(services);
    logger.info('worker stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(error instanceof EnvironmentError ? error.message : error);
  process.exit(1);
});
