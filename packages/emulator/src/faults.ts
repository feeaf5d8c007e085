import { z } from 'zod';
import { type EmulatorFault, FAULT_KINDS, type FaultKind, PROVIDERS, type Provider } from './types';

export const DEFAULT_RETRY_AFTER_SECONDS = 1;
/** stream_cut without afterChunks still lets a little text through, so clients see a mid-stream failure. */
export const DEFAULT_CUT_AFTER_CHUNKS = 2;

export const faultSchema = z
  .object({
    kind: z.enum(FAULT_KINDS),
    provider: z.enum(PROVIDERS).optional(),
    model: z.string().min(1).optional(),
    count: z.number().int().positive().optional(),
    retryAfterSeconds: z.number().nonnegative().optional(),
    afterChunks: z.number().int().nonnegative().optional(),
  })
  .strict();

/** A fault resolved for one request: what to do, with its parameters. */
export interface ActiveFault {
  kind: FaultKind;
  retryAfterSeconds: number;
  /** Streaming only: content chunks to send before the fault strikes (undefined: before the response). */
  afterChunks: number | undefined;
}

function activate(fault: EmulatorFault): ActiveFault {
  return {
    kind: fault.kind,
    retryAfterSeconds: fault.retryAfterSeconds ?? DEFAULT_RETRY_AFTER_SECONDS,
    afterChunks: fault.afterChunks,
  };
}

/** Injected faults, consumed in order by the first matching requests. */
export class FaultQueue {
  private entries: { fault: EmulatorFault; remaining: number }[] = [];

  push(fault: EmulatorFault): void {
    this.entries.push({ fault, remaining: fault.count ?? 1 });
  }

  clear(): void {
    this.entries = [];
  }

  pending(): EmulatorFault[] {
    return this.entries.map((e) => ({ ...e.fault, count: e.remaining }));
  }

  take(provider: Provider, model: string): ActiveFault | undefined {
    const index = this.entries.findIndex(
      ({ fault }) =>
        (fault.provider === undefined || fault.provider === provider) &&
        (fault.model === undefined || fault.model === model),
    );
    const entry = this.entries[index];
    if (!entry) return undefined;
    entry.remaining -= 1;
    if (entry.remaining <= 0) this.entries.splice(index, 1);
    return activate(entry.fault);
  }
}

export type HeaderFault = { ok: true; fault: ActiveFault } | { ok: false; message: string };

/** Parses `x-emulator-fault: <kind>[;retry-after=N][;after-chunks=N]`. */
export function parseFaultHeader(value: string): HeaderFault {
  const [kindPart = '', ...params] = value.split(';').map((p) => p.trim());
  const kind = FAULT_KINDS.find((k) => k === kindPart);
  if (!kind) {
    return {
      ok: false,
      message: `x-emulator-fault: unknown kind '${kindPart}' (one of ${FAULT_KINDS.join(', ')})`,
    };
  }
  const fault: EmulatorFault = { kind };
  for (const param of params) {
    const [name, raw] = param.split('=').map((p) => p.trim());
    const number = Number(raw);
    if (raw === undefined || raw === '' || !Number.isFinite(number) || number < 0) {
      return { ok: false, message: `x-emulator-fault: '${param}' needs a non-negative number` };
    }
    if (name === 'retry-after') fault.retryAfterSeconds = number;
    else if (name === 'after-chunks') fault.afterChunks = Math.floor(number);
    else return { ok: false, message: `x-emulator-fault: unknown parameter '${name}'` };
  }
  return { ok: true, fault: activate(fault) };
}
