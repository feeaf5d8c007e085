// A whole Yardstick for a benchmark, started the way a user starts it (`pnpm start`, via the launcher), on an
// embedded PostgreSQL of its own and the given emulator, with a signed-in owner and a project.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repositoryRoot = resolve(import.meta.dirname, '..', '..', '..');

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface TBenchStack {
  baseUrl: string;
  /** JSON request with the owner's session. */
  call<T>(method: string, path: string, body?: unknown): Promise<T>;
  /** A raw request with the owner's session (for streams). */
  fetch(path: string, init?: RequestInit): Promise<Response>;
  projectId: string;
  stop(): Promise<void>;
}

export async function startBenchStack(options: {
  emulatorUrl: string;
  workers: number;
}): Promise<TBenchStack> {
  const port = await freePort();
  const dataDirectory = mkdtempSync(join(tmpdir(), 'yardstick-bench-'));
  const baseUrl = `http://localhost:${port}`;
  const output: string[] = [];
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', 'start'], {
    cwd: join(repositoryRoot, 'apps', 'launcher'),
    env: {
      ...process.env,
      DATABASE_URL: '',
      LOG_LEVEL: 'warn',
      PORT: String(port),
      YARDSTICK_URL: baseUrl,
      YARDSTICK_DATA_DIR: dataDirectory,
      YARDSTICK_EMULATOR_URL: options.emulatorUrl,
      YARDSTICK_WORKERS: String(options.workers),
      YARDSTICK_EMBEDDED_POSTGRES_PORT: String(await freePort()),
      YARDSTICK_QUEUE_PREFIX: `yardstick-bench-${port}`,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const ready = new Promise<void>((resolveReady, reject) => {
    const onData = (chunk: Buffer) => {
      output.push(String(chunk));
      if (String(chunk).includes('Yardstick is ready at')) resolveReady();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => output.push(String(chunk)));
    child.once('exit', (code) => reject(new Error(`The launcher exited (${code}):\n${output.join('')}`)));
  });
  await ready;

  const stop = async () => {
    await new Promise<void>((resolveStop) => {
      if (child.exitCode !== null) return resolveStop();
      child.once('exit', () => resolveStop());
      child.kill('SIGINT');
    });
    rmSync(dataDirectory, { recursive: true, force: true });
  };
  try {
    const owner = {
      organizationName: 'Bench',
      name: 'Bench Owner',
      email: 'bench@example.com',
      password: `pw-${randomUUID()}`,
    };
    const setup = await fetch(`${baseUrl}/api/v1/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: baseUrl },
      body: JSON.stringify(owner),
    });
    if (setup.status !== 201) throw new Error(`Setup failed: ${setup.status} ${await setup.text()}`);
    const cookie = setup.headers
      .getSetCookie()
      .map((header) => header.split(';')[0])
      .join('; ');
    const sessionFetch = (path: string, init: RequestInit = {}) =>
      fetch(`${baseUrl}${path}`, { ...init, headers: { origin: baseUrl, cookie, ...init.headers } });
    const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
      const response = await sessionFetch(path, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
      return (await response.json()) as T;
    };
    const project = await call<{ id: string }>('POST', '/api/v1/projects', { name: 'Bench' });
    return { baseUrl, call, fetch: sessionFetch, projectId: project.id, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
