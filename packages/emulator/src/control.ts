import { z } from 'zod';
import { faultSchema } from './faults';
import type { Exchange } from './http';
import type { EmulatorState } from './state';

export const CONTROL_PREFIX = '/__emulator';

const latencySchema = z
  .object({ timeToFirstTokenMs: z.number().nonnegative(), tokensPerSecond: z.number() })
  .strict()
  .nullable();

async function readJson<S extends z.ZodType>(ex: Exchange, schema: S): Promise<z.infer<S> | undefined> {
  const raw = await ex.body();
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    ex.json(400, { ok: false, error: 'The body must be JSON.' });
    return undefined;
  }
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  ex.json(400, { ok: false, error: z.prettifyError(parsed.error) });
  return undefined;
}

/** The emulator's own API: fault injection, latency, health and the request log. */
export async function serveControl(ex: Exchange, state: EmulatorState): Promise<void> {
  const route = `${ex.method} ${ex.path.slice(CONTROL_PREFIX.length)}`;
  switch (route) {
    case 'GET /health':
      return ex.json(200, { ok: true });
    case 'GET /faults':
      return ex.json(200, { ok: true, pending: state.faults.pending() });
    case 'POST /faults': {
      const fault = await readJson(ex, faultSchema);
      if (!fault) return;
      state.faults.push(fault);
      return ex.json(201, { ok: true, pending: state.faults.pending() });
    }
    case 'DELETE /faults':
      state.faults.clear();
      return ex.json(200, { ok: true, pending: [] });
    case 'GET /requests':
      return ex.json(200, state.requests.summary());
    case 'DELETE /requests':
      state.requests.reset();
      return ex.json(200, { ok: true });
    case 'GET /latency':
      return ex.json(200, { ok: true, latency: state.latency ?? null });
    case 'PUT /latency': {
      const latency = await readJson(ex, latencySchema);
      if (latency === undefined) return;
      state.latency = latency ?? undefined;
      return ex.json(200, { ok: true, latency });
    }
    default:
      return ex.json(404, { ok: false, error: `Unknown emulator control route: ${route}` });
  }
}
