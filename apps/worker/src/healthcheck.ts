// Container health check: healthy while this host's worker has a fresh heartbeat in Redis.
import { hostname } from 'node:os';
import { createRedisConnection, listLiveWorkers } from '@yardstick/queue';

const redisUrl = process.env.REDIS_URL;
if (!redisUrl) {
  console.error('REDIS_URL is not set');
  process.exit(1);
}
const connection = createRedisConnection(redisUrl, 'producer');
const isAlive = (await listLiveWorkers(connection)).some((worker) => worker.hostname === hostname());
connection.disconnect();
process.exit(isAlive ? 0 : 1);
