import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface TProcessSpec {
  name: string;
  command: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
}

/**
 * Runs the app's processes side by side with prefixed output. If one dies on its own, the others are
 * stopped too; `stop()` sends SIGTERM to each, waits for it to exit (SIGKILL after a grace period).
 */
export class Supervisor {
  private readonly children = new Map<string, ChildProcess>();
  private isStopping = false;

  constructor(
    private readonly onUnexpectedExit: (name: string, code: number | null) => void,
    private readonly graceMs = 20_000,
  ) {}

  start(spec: TProcessSpec): void {
    const child = spawn(spec.command, spec.args, {
      cwd: spec.cwd,
      env: spec.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.children.set(spec.name, child);
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', (line) =>
        process.stdout.write(`[${spec.name}] ${line}\n`),
      );
    }
    child.once('exit', (code) => {
      this.children.delete(spec.name);
      if (!this.isStopping) this.onUnexpectedExit(spec.name, code);
    });
  }

  async stop(): Promise<void> {
    this.isStopping = true;
    await Promise.all(
      [...this.children.values()].map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null) return resolve();
            const killer = setTimeout(() => child.kill('SIGKILL'), this.graceMs);
            child.once('exit', () => {
              clearTimeout(killer);
              resolve();
            });
            child.kill('SIGTERM');
          }),
      ),
    );
  }
}
