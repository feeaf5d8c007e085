import { complete, filtered } from './engine';
import { type ActiveFault, DEFAULT_CUT_AFTER_CHUNKS, parseFaultHeader } from './faults';
import { contextWindowOf } from './fixture';
import type { Exchange } from './http';
import { latencyFor, msPerToken, sleep, totalMs } from './latency';
import type { EmulatorState } from './state';
import type {
  ChatRequest,
  Completion,
  ErrorKind,
  FaultKind,
  HttpReply,
  Provider,
  ProviderError,
} from './types';

export type Frame = string | Uint8Array;

/** A provider's streaming wire format for one completion. */
export interface StreamRenderer {
  contentType: string;
  /** Frames before the first content chunk (e.g. message_start). */
  head(): Frame[];
  delta(piece: string, index: number, last: boolean): Frame[];
  /** Frames after the last content chunk (finish reason, usage, terminator). */
  tail(): Frame[];
  /** An error reported inside an already started stream. */
  error(error: ProviderError): Frame[];
}

/** What the shared request flow needs to know about one provider endpoint. */
export interface Endpoint<T> {
  provider: Provider;
  operation: string;
  apiKey: string | undefined;
  /** Headers on every response to this request (the provider's request id). */
  headers: Record<string, string>;
  /** The normalized request, or a validation message. */
  parse(body: unknown): T | string;
  modelOf(value: T): string;
  streamOf(value: T): boolean;
  inputTokens(value: T): number;
  error(error: ProviderError): HttpReply;
  /** A 200 response that does not parse (streaming: a garbage event). */
  malformed(stream: boolean): HttpReply;
}

export interface ChatEndpoint<T extends ChatRequest = ChatRequest> extends Endpoint<T> {
  json(completion: Completion, req: T): unknown;
  stream(completion: Completion, req: T): StreamRenderer;
}

type ErrorFault = ActiveFault & { kind: FaultKind & ErrorKind };

const ERROR_KINDS: ReadonlySet<string> = new Set<ErrorKind>([
  'rate_limited',
  'server_error',
  'overloaded',
  'context_length_exceeded',
  'invalid_request',
  'authentication',
]);

function isErrorFault(fault: ActiveFault | undefined): fault is ErrorFault {
  return fault !== undefined && ERROR_KINDS.has(fault.kind);
}

export function sendError(
  ex: Exchange,
  endpoint: Pick<Endpoint<unknown>, 'headers' | 'error'>,
  error: ProviderError,
): void {
  const reply = endpoint.error(error);
  ex.reply({ ...reply, headers: { ...endpoint.headers, ...reply.headers } });
}

function faultError(fault: ErrorFault, inputTokens: number, model: string): ProviderError {
  const limit = contextWindowOf(model);
  return {
    kind: fault.kind,
    retryAfterSeconds: fault.retryAfterSeconds,
    // An injected context overflow still quotes coherent numbers.
    tokens: { requested: limit + inputTokens, limit },
  };
}

/**
 * The part of every model request that comes before answering: authentication, validation and
 * faults (per-request header first, then the injected queue). Returns the parsed request when it
 * should be answered, undefined when a response (or deliberate silence) has already been arranged.
 */
export async function admit<T>(
  ex: Exchange,
  state: EmulatorState,
  endpoint: Endpoint<T>,
): Promise<{ value: T; fault: ActiveFault | undefined } | undefined> {
  const raw = await ex.body();
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    body = undefined;
  }
  const parsed = body === undefined ? 'The request body is not valid JSON.' : endpoint.parse(body);
  const record = state.requests.record({
    provider: endpoint.provider,
    model: typeof parsed === 'string' ? undefined : endpoint.modelOf(parsed),
    operation: endpoint.operation,
    stream: typeof parsed === 'string' ? false : endpoint.streamOf(parsed),
  });
  if (endpoint.apiKey === 'bad-key') {
    sendError(ex, endpoint, { kind: 'authentication', retryAfterSeconds: 0 });
    return undefined;
  }
  if (typeof parsed === 'string') {
    sendError(ex, endpoint, { kind: 'invalid_request', retryAfterSeconds: 0, message: parsed });
    return undefined;
  }
  const header = ex.header('x-emulator-fault');
  const fromHeader = header === undefined ? undefined : parseFaultHeader(header);
  if (fromHeader && !fromHeader.ok) {
    sendError(ex, endpoint, { kind: 'invalid_request', retryAfterSeconds: 0, message: fromHeader.message });
    return undefined;
  }
  const fault = fromHeader?.fault ?? state.faults.take(endpoint.provider, endpoint.modelOf(parsed));
  if (!fault) return { value: parsed, fault };
  record.fault = fault.kind;
  const stream = endpoint.streamOf(parsed);
  switch (fault.kind) {
    case 'timeout':
      await ex.hold();
      return undefined;
    case 'malformed': {
      const reply = endpoint.malformed(stream);
      ex.reply({ ...reply, headers: { ...endpoint.headers, ...reply.headers } });
      return undefined;
    }
    case 'stream_cut':
      if (stream) return { value: parsed, fault };
      await ex.cut();
      return undefined;
    case 'content_filtered':
      return { value: parsed, fault };
    default:
      break;
  }
  // An error with afterChunks on a stream strikes mid-stream instead of up front.
  if (stream && fault.afterChunks !== undefined) return { value: parsed, fault };
  if (isErrorFault(fault)) {
    sendError(ex, endpoint, faultError(fault, endpoint.inputTokens(parsed), endpoint.modelOf(parsed)));
  }
  return undefined;
}

/** Answers a chat request: JSON after the emulated generation time, or a paced stream. */
export async function serveChat<T extends ChatRequest>(
  ex: Exchange,
  state: EmulatorState,
  endpoint: ChatEndpoint<T>,
): Promise<void> {
  const admitted = await admit(ex, state, endpoint);
  if (!admitted) return;
  const { value: req, fault } = admitted;
  const outcome = complete(endpoint.provider, req, state.cache);
  if (!outcome.ok) return sendError(ex, endpoint, outcome.error);
  const completion = fault?.kind === 'content_filtered' ? filtered(outcome.completion) : outcome.completion;
  const latency = latencyFor(req.model, state.latency);
  if (!req.stream) {
    const generating = totalMs(latency, completion.outputTokens + completion.reasoningTokens);
    if (await sleep(generating, ex.signal)) ex.json(200, endpoint.json(completion, req), endpoint.headers);
    return;
  }
  const renderer = endpoint.stream(completion, req);
  ex.begin(200, { ...endpoint.headers, 'content-type': renderer.contentType, 'cache-control': 'no-cache' });
  const perToken = msPerToken(latency);
  // Hidden reasoning happens before the first visible token.
  const firstToken = latency.timeToFirstTokenMs + completion.reasoningTokens * perToken;
  if (!(await sleep(firstToken, ex.signal))) return;
  for (const frame of renderer.head()) await ex.write(frame);
  const cutAt = fault?.kind === 'stream_cut' ? (fault.afterChunks ?? DEFAULT_CUT_AFTER_CHUNKS) : undefined;
  // admit() only lets an error fault through to a stream when it has afterChunks.
  const errorFault = isErrorFault(fault) ? fault : undefined;
  const { pieces } = completion;
  const sent = Math.min(pieces.length, cutAt ?? errorFault?.afterChunks ?? pieces.length);
  const startedAt = Date.now();
  for (let i = 0; i < sent; i++) {
    if (!(await sleep(startedAt + i * perToken - Date.now(), ex.signal))) return;
    for (const frame of renderer.delta(pieces[i]!, i, i === pieces.length - 1)) await ex.write(frame);
  }
  if (cutAt !== undefined) return ex.cut();
  if (errorFault) {
    for (const frame of renderer.error(faultError(errorFault, completion.inputTokens, req.model))) {
      await ex.write(frame);
    }
    return ex.end();
  }
  for (const frame of renderer.tail()) await ex.write(frame);
  ex.end();
}
