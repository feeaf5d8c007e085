// What the provider adapters cost on top of the wire: completions per second through each adapter, and the
// median latency each adds per call compared with a bare `fetch` posting the same JSON to the same emulator
// route, measured in the same run. The emulator answers with zero latency, so the figures are client-side
// (SDK, mapping, reliability layer) plus the emulator's own handling, which both sides pay alike.
import { type RunningEmulator, startEmulator } from '@yardstick/emulator';
import { createProviderAdapter, type TChatRequest, type TConnectionConfig } from '@yardstick/providers';

const THROUGHPUT_CALLS = 500;
const THROUGHPUT_CONCURRENCY = 8;
const WARMUP_CALLS = 100;
const LATENCY_CALLS = 200;
const MODEL = 'emulated-cheap';
const MAX_OUTPUT_TOKENS = 32;
const PROMPT = 'Summarise the evidence on sleep and memory in two sentences.';

const request: TChatRequest = {
  model: MODEL,
  messages: [{ role: 'user', content: PROMPT }],
  maxOutputTokens: MAX_OUTPUT_TOKENS,
};

interface TRawRoute {
  path: string;
  headers: Record<string, string>;
  body: unknown;
}

interface TBenchTarget {
  name: string;
  connection: (url: string) => TConnectionConfig;
  /** The same call as the adapter makes, as plain JSON over HTTP/1.1. */
  raw: TRawRoute;
}

const targets: TBenchTarget[] = [
  {
    name: 'openai',
    connection: (url) => ({ kind: 'openai', apiKey: 'bench', baseUrl: `${url}/v1` }),
    raw: {
      path: '/v1/chat/completions',
      headers: { authorization: 'Bearer bench' },
      body: {
        model: MODEL,
        messages: [{ role: 'user', content: PROMPT }],
        max_completion_tokens: MAX_OUTPUT_TOKENS,
      },
    },
  },
  {
    name: 'openai_compatible',
    connection: (url) => ({ kind: 'openai_compatible', baseUrl: `${url}/v1` }),
    raw: {
      path: '/v1/chat/completions',
      headers: {},
      body: { model: MODEL, messages: [{ role: 'user', content: PROMPT }], max_tokens: MAX_OUTPUT_TOKENS },
    },
  },
  {
    name: 'anthropic',
    connection: (url) => ({ kind: 'anthropic', apiKey: 'bench', baseUrl: url }),
    raw: {
      path: '/v1/messages',
      headers: { 'x-api-key': 'bench', 'anthropic-version': '2026-10-21' },
      body: { model: MODEL, max_tokens: MAX_OUTPUT_TOKENS, messages: [{ role: 'user', content: PROMPT }] },
    },
  },
  {
    name: 'bedrock',
    connection: (url) => ({
      kind: 'bedrock',
      baseUrl: url,
      region: 'us-east-1',
      accessKeyId: 'bench',
      secretAccessKey: 'bench',
    }),
    // The SDK signs with SigV4 and speaks HTTP/2; the baseline is the same route unsigned over HTTP/1.1.
    raw: {
      path: `/model/${MODEL}/converse`,
      headers: {},
      body: {
        messages: [{ role: 'user', content: [{ text: PROMPT }] }],
        inferenceConfig: { maxTokens: MAX_OUTPUT_TOKENS },
      },
    },
  },
  {
    name: 'gemini',
    connection: (url) => ({ kind: 'gemini', apiKey: 'bench', baseUrl: url }),
    raw: {
      path: `/v1beta/models/${MODEL}:generateContent`,
      headers: { 'x-goog-api-key': 'bench' },
      body: {
        contents: [{ role: 'user', parts: [{ text: PROMPT }] }],
        generationConfig: { maxOutputTokens: MAX_OUTPUT_TOKENS },
      },
    },
  },
];

interface TBenchRow {
  name: string;
  completionsPerSecond: number;
  rawCompletionsPerSecond: number;
  rawMedianMs: number;
  adapterMedianMs: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function rawCall(emulator: RunningEmulator, route: TRawRoute): Promise<void> {
  const response = await fetch(`${emulator.url}${route.path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...route.headers },
    body: JSON.stringify(route.body),
  });
  if (!response.ok) {
    throw new Error(`raw ${route.path} answered ${response.status}: ${await response.text()}`);
  }
  await response.json();
}

async function timed(call: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await call();
  return performance.now() - started;
}

/** Completions per second of THROUGHPUT_CALLS calls kept THROUGHPUT_CONCURRENCY at a time. */
async function throughput(call: () => Promise<unknown>): Promise<number> {
  let remaining = THROUGHPUT_CALLS;
  const worker = async () => {
    while (remaining > 0) {
      remaining -= 1;
      await call();
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: THROUGHPUT_CONCURRENCY }, worker));
  return THROUGHPUT_CALLS / ((performance.now() - started) / 1000);
}

interface TPreparedTarget {
  name: string;
  adapterCall: () => Promise<unknown>;
  rawCall: () => Promise<unknown>;
}

function prepare(emulator: RunningEmulator, target: TBenchTarget): TPreparedTarget {
  const adapter = createProviderAdapter({
    ...target.connection(emulator.url),
    maxConcurrency: THROUGHPUT_CONCURRENCY,
  });
  return {
    name: target.name,
    adapterCall: () => adapter.complete(request),
    rawCall: () => rawCall(emulator, target.raw),
  };
}

async function warmUp(target: TPreparedTarget): Promise<void> {
  for (let index = 0; index < WARMUP_CALLS; index += 1) {
    await target.adapterCall();
    await target.rawCall();
  }
}

async function measure(target: TPreparedTarget): Promise<TBenchRow> {
  // Alternating the two keeps slow drift (GC, the other tenants of the machine) from favouring either side.
  const adapterTimes: number[] = [];
  const rawTimes: number[] = [];
  for (let index = 0; index < LATENCY_CALLS; index += 1) {
    adapterTimes.push(await timed(target.adapterCall));
    rawTimes.push(await timed(target.rawCall));
  }
  const rawCompletionsPerSecond = await throughput(target.rawCall);
  const completionsPerSecond = await throughput(target.adapterCall);
  return {
    name: target.name,
    completionsPerSecond,
    rawCompletionsPerSecond,
    rawMedianMs: median(rawTimes),
    adapterMedianMs: median(adapterTimes),
  };
}

function printTable(rows: TBenchRow[]): void {
  const header = [
    'adapter',
    'adapter calls/s (c=8)',
    'raw calls/s (c=8)',
    'raw fetch p50 ms',
    'adapter p50 ms',
    'added ms',
    'ratio',
  ];
  const lines = rows.map((row) => [
    row.name,
    row.completionsPerSecond.toFixed(0),
    row.rawCompletionsPerSecond.toFixed(0),
    row.rawMedianMs.toFixed(2),
    row.adapterMedianMs.toFixed(2),
    (row.adapterMedianMs - row.rawMedianMs).toFixed(2),
    `${(row.adapterMedianMs / row.rawMedianMs).toFixed(2)}x`,
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...lines.map((line) => line[column]!.length)),
  );
  const format = (cells: string[]) =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join('  ');
  process.stdout.write(`${format(header)}\n`);
  process.stdout.write(`${widths.map((width) => '-'.repeat(width)).join('  ')}\n`);
  for (const line of lines) {
    process.stdout.write(`${format(line)}\n`);
  }
}

export async function run(): Promise<void> {
  const emulator = await startEmulator({ latency: { timeToFirstTokenMs: 0, tokensPerSecond: 0 } });
  try {
    process.stdout.write(
      `${THROUGHPUT_CALLS} non-streaming calls per adapter at concurrency ${THROUGHPUT_CONCURRENCY}; ` +
        `latency: median of ${LATENCY_CALLS} sequential calls after ${WARMUP_CALLS} warm-up calls, ` +
        `adapter and raw fetch alternating (emulator in-process, zero latency)\n\n`,
    );
    const prepared = targets.map((target) => prepare(emulator, target));
    // Every code path is warmed (JIT, connection pools) before anything is measured, so row order is fair.
    for (const target of prepared) {
      await warmUp(target);
    }
    const rows: TBenchRow[] = [];
    for (const target of prepared) {
      rows.push(await measure(target));
    }
    printTable(rows);
    process.stdout.write(
      '\nraw fetch = the same JSON posted with fetch to the same emulator route (Bedrock: unsigned HTTP/1.1; ' +
        'the SDK signs SigV4 and opens an HTTP/2 session per call).\n',
    );
  } finally {
    await emulator.close();
  }
}
