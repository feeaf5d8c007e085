import { fixture, fixtureModel } from './fixture';
import type { EmulatorLatency } from './types';

export function latencyFor(model: string, override: EmulatorLatency | undefined): EmulatorLatency {
  return override ?? fixtureModel(model)?.latency ?? fixture.defaults.latency;
}

export function msPerToken(latency: EmulatorLatency): number {
  return latency.tokensPerSecond > 0 ? 1000 / latency.tokensPerSecond : 0;
}

/** Time a non-streaming answer of `outputTokens` takes to "generate". */
export function totalMs(latency: EmulatorLatency, outputTokens: number): number {
  return latency.timeToFirstTokenMs + outputTokens * msPerToken(latency);
}

/** Resolves after `ms`, or early (with false) once `signal` aborts, so no timer outlives a client. */
export function sleep(ms: number, signal: AbortSignal): Promise<boolean> {
  if (signal.aborted) return Promise.resolve(false);
  if (ms <= 0) return Promise.resolve(true);
  return new Promise((resolve) => {
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
