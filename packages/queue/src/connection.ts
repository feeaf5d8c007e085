import { Redis } from 'ioredis';

/**
 * A Redis connection for BullMQ. Workers need `maxRetriesPerRequest: null` (blocking commands must not
 * time out); producers fail fast instead, so a request never hangs on a Redis that is down.
 */
export function createRedisConnection(redisUrl: string, role: 'worker' | 'producer'): Redis {
  return new Redis(redisUrl, {
    maxRetriesPerRequest: role === 'worker' ? null : 1,
    enableOfflineQueue: role === 'worker',
    connectionName: `yardstick-${role}`,
  });
}
