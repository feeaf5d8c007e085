// The composition root for server processes: one database client, one auth instance, one Redis
// connection and one job producer per process, built from the validated environment.
import { createDatabaseClient, type TDatabase } from '@yardstick/db';
import { createRedisConnection, JobProducer } from '@yardstick/queue';
import type { Redis } from 'ioredis';
import { createAuth, type TAuth } from './auth/auth';
import { environment, type TEnvironment } from './config/environment';
import { createLogger, type TLogger } from './logging/logger';

export interface TServices {
  environment: TEnvironment;
  database: TDatabase;
  auth: TAuth;
  redis: Redis;
  producer: JobProducer;
  logger: TLogger;
}

export function createServices(name: string, values: TEnvironment = environment()): TServices {
  const database = createDatabaseClient(values.DATABASE_URL);
  const redis = createRedisConnection(values.REDIS_URL, 'producer');
  return {
    environment: values,
    database,
    auth: createAuth({ database, baseUrl: values.YARDSTICK_URL, secret: values.YARDSTICK_AUTH_SECRET }),
    redis,
    producer: new JobProducer(redis),
    logger: createLogger(name, values.LOG_LEVEL),
  };
}

export async function closeServices(services: TServices): Promise<void> {
  await services.producer.close();
  services.redis.disconnect();
  await services.database.$disconnect();
}
