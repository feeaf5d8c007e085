// The playground end to end, through a real Yardstick (launcher, web, worker(s), Postgres, Redis) and a zero-
// latency emulator:
//  1. time to first token as an SSE client sees it: from posting a one-cell comparison to the first text on the
//     comparison's event stream, minus the emulator's own time to first token (a raw streaming request);
//  2. wall time of a 20 prompts × 10 model configs comparison (200 cells), with one and with two workers.
import { startEmulator } from '@yardstick/emulator';
import { startBenchStack, type TBenchStack } from '../yardstick-stack';

const TTFT_RUNS = 30;
const WARMUP_RUNS = 5;
const WALL_RUNS = 3;
const ROWS = 20;
const COLUMNS = 10;
const MODELS = ['emulated-strong', 'emulated-cheap', 'emulated-weak'];

function median(values: number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The emulator's own time to first token: a raw streaming chat request to its first content chunk. */
async function emulatorTtft(emulatorUrl: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${emulatorUrl}/v1/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer emulated' },
    body: JSON.stringify({
      model: 'emulated-cheap',
      stream: true,
      messages: [{ role: 'user', content: 'Say hello.' }],
    }),
  });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) throw new Error('The emulator stream ended without content.');
    buffer += value;
    if (/"content":"[^"]/.test(buffer)) {
      const elapsed = performance.now() - started;
      await reader.cancel();
      return elapsed;
    }
  }
}

/** Posts a comparison and reads its SSE feed; resolves with the time to the first streamed text and to the end. */
async function runWatched(
  stack: TBenchStack,
  draft: unknown,
): Promise<{ firstTextMs: number; endMs: number }> {
  const base = `/api/v1/projects/${stack.projectId}/comparisons`;
  const started = performance.now();
  const comparison = await stack.call<{ id: string }>('POST', base, draft);
  const response = await stack.fetch(`${base}/${comparison.id}/events`, {
    headers: { accept: 'text/event-stream' },
  });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  let firstTextMs: number | undefined;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) throw new Error('The feed closed before its end event.');
    buffer += value;
    let boundary = buffer.indexOf('\n\n');
    while (boundary !== -1) {
      const block = buffer.slice(0, boundary);
      buffer = buffer.slice(boundary + 2);
      boundary = buffer.indexOf('\n\n');
      const event = /^event: (.+)$/m.exec(block)?.[1];
      const data = /^data: (.+)$/m.exec(block)?.[1] ?? '{}';
      const hasText =
        (event === 'snapshot' &&
          (JSON.parse(data) as { cells: { text: string | null }[] }).cells.some((cell) => cell.text)) ||
        (event === 'update' && (JSON.parse(data) as { type: string }).type === 'cell.delta');
      if (hasText) firstTextMs ??= performance.now() - started;
      if (event === 'end') {
        await reader.cancel();
        if (firstTextMs === undefined) throw new Error('The comparison ended without any text.');
        return { firstTextMs, endMs: performance.now() - started };
      }
    }
  }
}

async function modelConfigIds(stack: TBenchStack): Promise<string[]> {
  const { connections } = await stack.call<{ connections: { id: string; kind: string }[] }>(
    'GET',
    `/api/v1/projects/${stack.projectId}/connections`,
  );
  const connectionId = connections.find((connection) => connection.kind === 'emulated')!.id;
  const ids: string[] = [];
  for (let index = 0; index < COLUMNS; index += 1) {
    const config = await stack.call<{ id: string }>(
      'POST',
      `/api/v1/projects/${stack.projectId}/model-configs`,
      {
        name: `Config ${index + 1}`,
        connectionId,
        model: MODELS[index % MODELS.length],
        temperature: index / 10,
      },
    );
    ids.push(config.id);
  }
  return ids;
}

const rows = (count: number, run: number) =>
  Array.from({ length: count }, (_, index) => ({
    messages: [
      { role: 'user', content: 'Question {{n}} of run {{run}}: should a team fine-tune a small model?' },
    ],
    variables: { n: String(index + 1), run: String(run) },
  }));

export async function run(): Promise<void> {
  const emulator = await startEmulator({ latency: { timeToFirstTokenMs: 0, tokensPerSecond: 0 } });
  try {
    const direct: number[] = [];
    for (let index = 0; index < WARMUP_RUNS + TTFT_RUNS; index += 1) {
      const ttft = await emulatorTtft(emulator.url);
      if (index >= WARMUP_RUNS) direct.push(ttft);
    }
    process.stdout.write(
      `Zero-latency emulator; embedded PostgreSQL; worker concurrency 8 per process; emulated connection limit 8.\n`,
    );
    for (const workers of [1, 2]) {
      const stack = await startBenchStack({ emulatorUrl: emulator.url, workers });
      try {
        const ids = await modelConfigIds(stack);
        if (workers === 1) {
          const seen: number[] = [];
          for (let index = 0; index < WARMUP_RUNS + TTFT_RUNS; index += 1) {
            const { firstTextMs } = await runWatched(stack, {
              modelConfigIds: [ids[1]],
              rows: rows(1, index),
            });
            if (index >= WARMUP_RUNS) seen.push(firstTextMs);
          }
          process.stdout.write(
            `\nTime to first token, median of ${TTFT_RUNS} one-cell comparisons (after ${WARMUP_RUNS} warm-up):\n` +
              `  seen by an SSE client (POST → first text on the feed): ${median(seen).toFixed(1)} ms\n` +
              `  the emulator's own (raw streaming request):           ${median(direct).toFixed(1)} ms\n` +
              `  added by Yardstick:                                  ${(median(seen) - median(direct)).toFixed(1)} ms\n`,
          );
        }
        await runWatched(stack, { modelConfigIds: ids, rows: rows(ROWS, -1) });
        const walls: number[] = [];
        for (let index = 0; index < WALL_RUNS; index += 1) {
          walls.push((await runWatched(stack, { modelConfigIds: ids, rows: rows(ROWS, index) })).endMs);
        }
        process.stdout.write(
          `\n${ROWS} prompts × ${COLUMNS} model configs (${ROWS * COLUMNS} cells), ${workers} worker process${workers > 1 ? 'es' : ''}: ` +
            `wall time median ${(median(walls) / 1000).toFixed(2)} s (runs: ${walls.map((wall) => (wall / 1000).toFixed(2)).join(', ')} s; ` +
            `${((ROWS * COLUMNS) / (median(walls) / 1000)).toFixed(0)} cells/s)\n`,
        );
      } finally {
        await stack.stop();
      }
    }
  } finally {
    await emulator.close();
  }
}
