import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

it('the CLI prints its URLs, serves, and stops cleanly on SIGTERM', async () => {
  const cwd = fileURLToPath(new URL('..', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', '--port', '0', '--ttft-ms', '0'], {
    cwd,
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match?.[1] && output.includes('Ctrl+C')) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`CLI exited early (${code}): ${output}`)));
  });
  expect(output).toContain(`baseURL: ${url}/v1`);
  expect(output).toContain('Latency: {"timeToFirstTokenMs":0,"tokensPerSecond":0}');
  expect(await (await fetch(`${url}/__emulator/health`)).json()).toEqual({ ok: true });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  expect(await exited).toBe(0);
});
