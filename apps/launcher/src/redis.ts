import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Redis } from 'ioredis';

export interface TRedisHandle {
  redisUrl: string;
  stop(): Promise<void>;
}

async function answersPing(url: string): Promise<boolean> {
  const client = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    connectTimeout: 1500,
    retryStrategy: () => null,
  });
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function findRedisBinary(): string | undefined {
  for (const binary of ['redis-server', 'valkey-server']) {
    if (spawnSync('sh', ['-c', `command -v ${binary}`]).status === 0) return binary;
  }
  return undefined;
}

/**
 * REDIS_URL when given; else a Redis already answering on 127.0.0.1:6379; else a redis-server (or
 * valkey-server) from PATH, started with its data under the data directory; else a clear error.
 */
export async function resolveRedis(directory: string, log: (message: string) => void): Promise<TRedisHandle> {
  if (process.env.REDIS_URL) return { redisUrl: process.env.REDIS_URL, stop: async () => {} };
  const local = 'redis://127.0.0.1:6379';
  if (await answersPing(local)) {
    log(`REDIS_URL is not set: using the Redis answering at ${local}.`);
    return { redisUrl: local, stop: async () => {} };
  }
  const binary = findRedisBinary();
  if (!binary) {
    throw new Error(
      'Yardstick needs Redis and found none: set REDIS_URL, start Redis on 127.0.0.1:6379, or install it ' +
        '(Debian/Ubuntu: apt install redis-server; macOS: brew install redis) so redis-server is on PATH.',
    );
  }
  const redisDirectory = join(directory, 'redis');
  mkdirSync(redisDirectory, { recursive: true });
  const port = await freePort();
  log(
    `REDIS_URL is not set and nothing answers on 6379: starting ${binary} on port ${port} (data in ${redisDirectory}).`,
  );
  const child: ChildProcess = spawn(
    binary,
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--dir',
      redisDirectory,
      '--appendonly',
      'yes',
      '--save',
      '',
    ],
    { stdio: 'ignore' },
  );
  const redisUrl = `redis://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 50 && !(await answersPing(redisUrl)); attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    redisUrl,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
