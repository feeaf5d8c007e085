// `pnpm start` on a machine with no PostgreSQL configured: the launcher runs the embedded one, with its
// data kept under the data directory across restarts, and Ctrl-C stops everything it started.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const launcherDirectory = resolve(import.meta.dirname, '..');

function freePort(): Promise<number> {
  return new Promise((resolvePort) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function start(env: Record<string, string>): { child: ChildProcess; output: string[]; ready: Promise<void> } {
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', 'start'], {
    cwd: launcherDirectory,
    env: { ...inherited, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const ready = new Promise<void>((resolveReady, reject) => {
    const onData = (chunk: Buffer) => {
      output.push(String(chunk));
      if (String(chunk).includes('Yardstick is ready at')) resolveReady();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => output.push(String(chunk)));
    child.once('exit', (code) => reject(new Error(`launcher exited with ${code}:\n${output.join('')}`)));
  });
  return { child, output, ready };
}

function interrupt(child: ChildProcess): Promise<number | null> {
  return new Promise((resolveExit) => {
    child.once('exit', (code) => resolveExit(code));
    child.kill('SIGINT');
  });
}

describe('pnpm start with DATABASE_URL unset', () => {
  const dataDirectory = mkdtempSync(join(tmpdir(), 'yardstick-embedded-'));
  afterAll(() => rmSync(dataDirectory, { recursive: true, force: true }));

  it('serves /api/health on the embedded PostgreSQL, keeps its data across restarts, and stops on Ctrl-C', async () => {
    const port = await freePort();
    const baseUrl = `http://localhost:${port}`;
    const env = {
      PORT: String(port),
      YARDSTICK_URL: baseUrl,
      YARDSTICK_DATA_DIR: dataDirectory,
      YARDSTICK_EMBEDDED_POSTGRES_PORT: String(await freePort()),
      YARDSTICK_QUEUE_PREFIX: `yardstick-test-embedded-${port}`,
    };

    const first = start(env);
    await first.ready;
    expect(first.output.join('')).toContain('embedded PostgreSQL');
    const health = (await (await fetch(`${baseUrl}/api/health`)).json()) as {
      status: string;
      database: { isHealthy: boolean };
    };
    expect(health).toMatchObject({ status: 'ok', database: { isHealthy: true } });
    expect(existsSync(join(dataDirectory, 'postgres', 'cluster', 'PG_VERSION'))).toBe(true);

    const setup = await fetch(`${baseUrl}/api/v1/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: baseUrl },
      body: JSON.stringify({
        organizationName: 'Kept',
        name: 'Kim',
        email: 'kim@example.com',
        password: 'kim-password-1',
      }),
    });
    expect(setup.status).toBe(201);
    expect(await interrupt(first.child)).toBe(0);
    expect(first.output.join('')).toContain('Stopped.');
    // Nothing is left listening once it has stopped.
    await expect(fetch(`${baseUrl}/api/health`)).rejects.toThrow();

    const second = start(env);
    await second.ready;
    const state = (await (await fetch(`${baseUrl}/api/v1/setup`)).json()) as { isSetUp: boolean };
    expect(state.isSetUp).toBe(true);
    expect(await interrupt(second.child)).toBe(0);
  });
});
