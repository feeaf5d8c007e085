import { parseArgs } from 'node:util';
import { EMULATED_MODELS } from './fixture';
import { startEmulator } from './server';
import type { EmulatorLatency } from './types';

const DEFAULT_PORT = 4010;

function numberFlag(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < 0) {
    process.stderr.write(`--${name} must be a non-negative number, got '${value}'\n`);
    process.exit(2);
  }
  return parsed;
}

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    'ttft-ms': { type: 'string' },
    'tokens-per-second': { type: 'string' },
    verbose: { type: 'boolean', default: false },
  },
});

const port = numberFlag('port', values.port ?? process.env.EMULATOR_PORT) ?? DEFAULT_PORT;
const ttft = numberFlag('ttft-ms', values['ttft-ms']);
const tps = numberFlag('tokens-per-second', values['tokens-per-second']);
// Either flag switches to one global profile; the other half defaults to "no delay".
const latency: EmulatorLatency | undefined =
  ttft === undefined && tps === undefined
    ? undefined
    : { timeToFirstTokenMs: ttft ?? 0, tokensPerSecond: tps ?? 0 };

const print = (line: string) => process.stdout.write(`${line}\n`);
const emulator = await startEmulator({
  port,
  ...(values.host === undefined ? {} : { host: values.host }),
  latency,
  ...(values.verbose ? { logger: print } : {}),
});

print(`Yardstick provider emulator listening on ${emulator.url}`);
print('');
print(`  OpenAI / OpenAI-compatible  baseURL: ${emulator.url}/v1`);
print(`  Anthropic                   baseURL: ${emulator.url}`);
print(`  AWS Bedrock Runtime         endpoint: ${emulator.url}  (any region and credentials)`);
print(`  Google Gemini               httpOptions.baseUrl: ${emulator.url}`);
print(`  Control API                 ${emulator.url}/__emulator/{health,faults,requests,latency}`);
print('');
print(`Models: ${EMULATED_MODELS.map((m) => m.id).join(', ')} (any other id gets generated answers)`);
print(latency ? `Latency: ${JSON.stringify(latency)}` : 'Latency: per-model fixture profiles');
print('An API key of "bad-key" gets an authentication error. Ctrl+C stops.');

let stopping = false;
const stop = (signal: string) => {
  if (stopping) return;
  stopping = true;
  print(`\n${signal}: stopping`);
  emulator.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
