// Test support: a whole Yardstick (web server + worker, via the launcher that `pnpm start` uses) on a
// fresh database and a free port, for the API integration tests and the Playwright suite.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createFreshDatabase } from '@yardstick/db/testing';

const repositoryRoot = resolve(import.meta.dirname, '..', '..', '..', '..');

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface TRunningStack {
  baseUrl: string;
  databaseUrl: string;
  /** Set explicitly so tests can check what is stored encrypted with it. */
  encryptionKey: string;
  /** The emulator the launcher started, which the "Emulated (offline)" connection calls. */
  emulatorUrl: string;
  /** What an extra worker process needs to join this stack (tests start and kill their own). */
  workerEnvironment: Record<string, string>;
  stop(): Promise<void>;
}

export function startLauncher(
  env: Record<string, string>,
  onLine: (line: string) => void = () => {},
): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', 'start'], {
    cwd: join(repositoryRoot, 'apps', 'launcher'),
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout, child.stderr]) {
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => {
      for (const line of chunk.split('\n')) if (line.trim()) onLine(line);
    });
  }
  return child;
}

/** Resolves when the launcher prints that Yardstick is ready; rejects if it exits first. */
export function waitForReady(child: ChildProcess, output: string[], timeoutMs = 180_000): Promise<void> {
  return new Promise((resolveReady, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`Not ready after ${timeoutMs} ms:\n${output.join('\n')}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer | string) => {
      if (String(chunk).includes('Yardstick is ready at')) {
        clearTimeout(timer);
        resolveReady();
      }
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The launcher exited (code ${code}) before it was ready:\n${output.join('\n')}`));
    });
  });
}

export function stopProcess(child: ChildProcess, timeoutMs = 30_000): Promise<number | null> {
  return new Promise((resolveStop) => {
    if (child.exitCode !== null) return resolveStop(child.exitCode);
    const killer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(killer);
      resolveStop(code);
    });
    child.kill('SIGINT');
  });
}

export async function startStack(label: string): Promise<TRunningStack> {
  const database = await createFreshDatabase(undefined, label);
  const port = await freePort();
  const emulatorPort = await freePort();
  const encryptionKey = randomBytes(32).toString('base64');
  const dataDirectory = mkdtempSync(join(tmpdir(), `yardstick-${label}-`));
  const baseUrl = `http://localhost:${port}`;
  const output: string[] = [];
  const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
  const queuePrefix = `yardstick-test-${label}-${port}`;
  const child = startLauncher(
    {
      DATABASE_URL: database.databaseUrl,
      REDIS_URL: redisUrl,
      PORT: String(port),
      YARDSTICK_URL: baseUrl,
      YARDSTICK_DATA_DIR: dataDirectory,
      YARDSTICK_ENCRYPTION_KEY: encryptionKey,
      YARDSTICK_EMULATOR_PORT: String(emulatorPort),
      // Parallel stacks share the machine's Redis; their queues and heartbeats must not mix.
      YARDSTICK_QUEUE_PREFIX: queuePrefix,
    },
    (line) => output.push(line),
  );
  await waitForReady(child, output);
  return {
    baseUrl,
    databaseUrl: database.databaseUrl,
    encryptionKey,
    emulatorUrl: `http://127.0.0.1:${emulatorPort}`,
    workerEnvironment: {
      DATABASE_URL: database.databaseUrl,
      REDIS_URL: redisUrl,
      YARDSTICK_QUEUE_PREFIX: queuePrefix,
      YARDSTICK_EMULATOR_URL: `http://127.0.0.1:${emulatorPort}`,
      YARDSTICK_ENCRYPTION_KEY: encryptionKey,
    },
    stop: async () => {
      await stopProcess(child);
      await database.drop();
      rmSync(dataDirectory, { recursive: true, force: true });
    },
  };
}
