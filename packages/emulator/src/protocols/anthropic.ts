import { z } from 'zod';
import { inputTokensOf } from '../engine';
import { EMULATED_MODELS } from '../fixture';
import type { Exchange } from '../http';
import { admit, type ChatEndpoint, sendError, serveChat } from '../pipeline';
import type { EmulatorState } from '../state';
import type { ChatRequest, Completion, FinishReason, HttpReply, ProviderError } from '../types';
import { bearerToken, joinText, parseWith, randomId, sse } from './common';

const STOP_REASON: Record<FinishReason, string> = {
  stop: 'end_turn',
  stop_sequence: 'stop_sequence',
  length: 'max_tokens',
  content_filter: 'refusal',
};

const blockSchema = z.object({
  type: z.string(),
  text: z.string().optional(),
  cache_control: z.unknown().optional(),
});
const contentSchema = z.union([z.string(), z.array(blockSchema)]);

const messagesSchema = z.object({
  model: z.string().min(1),
  max_tokens: z.number().int().min(1),
  messages: z.array(z.object({ role: z.enum(['user', 'assistant']), content: contentSchema })).min(1),
  system: contentSchema.optional(),
  stop_sequences: z.array(z.string()).optional(),
  stream: z.boolean().optional(),
  /** Top-level automatic caching marker. */
  cache_control: z.unknown().optional(),
});

// count_tokens takes the same body without generation settings.
const countTokensSchema = messagesSchema.omit({ max_tokens: true });

function toChatRequest(body: z.infer<typeof countTokensSchema> & { max_tokens?: number }): ChatRequest {
  const text = (content: z.infer<typeof contentSchema>) =>
    typeof content === 'string' ? content : joinText(content);
  const blocks = [
    ...(Array.isArray(body.system) ? body.system : []),
    ...body.messages.flatMap((m) => (Array.isArray(m.content) ? m.content : [])),
  ];
  return {
    model: body.model,
    system: body.system === undefined ? '' : text(body.system),
    messages: body.messages.map((m) => ({ role: m.role, text: text(m.content) })),
    maxTokens: body.max_tokens,
    stopSequences: body.stop_sequences ?? [],
    stream: body.stream === true,
    cacheMarked: body.cache_control !== undefined || blocks.some((b) => b.cache_control !== undefined),
  };
}

/** Anthropic semantics: input_tokens excludes both the cache reads and the cache writes. */
function usage(c: Completion, outputTokens = c.outputTokens) {
  return {
    input_tokens: c.inputTokens - c.cacheReadTokens - c.cacheWriteTokens,
    cache_creation_input_tokens: c.cacheWriteTokens,
    cache_read_input_tokens: c.cacheReadTokens,
    cache_creation: { ephemeral_5m_input_tokens: c.cacheWriteTokens, ephemeral_1h_input_tokens: 0 },
    output_tokens: outputTokens,
    service_tier: 'standard',
  };
}

const ERRORS: Record<ProviderError['kind'], { status: number; type: string }> = {
  rate_limited: { status: 429, type: 'rate_limit_error' },
  server_error: { status: 500, type: 'api_error' },
  overloaded: { status: 529, type: 'overloaded_error' },
  context_length_exceeded: { status: 400, type: 'invalid_request_error' },
  invalid_request: { status: 400, type: 'invalid_request_error' },
  authentication: { status: 401, type: 'authentication_error' },
  not_found: { status: 404, type: 'not_found_error' },
};

function stockMessage(error: ProviderError): string {
  switch (error.kind) {
    case 'rate_limited':
      return 'This request would exceed the rate limit for your organization of 50 requests per minute. Please try again later.';
    case 'server_error':
      return 'Internal server error';
    case 'overloaded':
      return 'Overloaded';
    case 'context_length_exceeded':
      return `prompt is too long: ${error.tokens?.requested} tokens > ${error.tokens?.limit} maximum`;
    case 'invalid_request':
      return 'Invalid request';
    case 'authentication':
      return 'invalid x-api-key';
    case 'not_found':
      return 'Not found';
  }
}

function errorBody(error: ProviderError, requestId: string) {
  return {
    type: 'error',
    error: { type: ERRORS[error.kind].type, message: error.message ?? stockMessage(error) },
    request_id: requestId,
  };
}

export function anthropicErrorReply(error: ProviderError, requestId: string): HttpReply {
  const retry: Record<string, string> =
    error.kind === 'rate_limited'
      ? {
          'retry-after': String(error.retryAfterSeconds),
          'retry-after-ms': String(Math.round(error.retryAfterSeconds * 1000)),
          'anthropic-ratelimit-requests-remaining': '0',
        }
      : {};
  return {
    status: ERRORS[error.kind].status,
    headers: { 'content-type': 'application/json', ...retry },
    body: JSON.stringify(errorBody(error, requestId)),
  };
}

function common(ex: Exchange, operation: string) {
  const requestId = `req_${randomId(24)}`;
  return {
    provider: 'anthropic' as const,
    operation,
    apiKey: ex.header('x-api-key') ?? bearerToken(ex),
    headers: { 'request-id': requestId },
    error: (error: ProviderError) => anthropicErrorReply(error, requestId),
    modelOf: (req: ChatRequest) => req.model,
    inputTokens: inputTokensOf,
  };
}

function messagesEndpoint(ex: Exchange): ChatEndpoint {
  const base = common(ex, 'messages');
  const id = `msg_${randomId(24)}`;
  const message = (c: Completion, req: ChatRequest) => ({
    id,
    type: 'message',
    role: 'assistant',
    model: req.model,
    content: c.text.length > 0 ? [{ type: 'text', text: c.text }] : [],
    stop_reason: STOP_REASON[c.finishReason],
    stop_sequence: c.stopSequence,
    usage: usage(c),
  });
  return {
    ...base,
    parse: (body) => parseWith(messagesSchema, body, toChatRequest),
    streamOf: (req) => req.stream,
    malformed: (stream) =>
      stream
        ? {
            status: 200,
            headers: { 'content-type': 'text/event-stream' },
            body: `event: message_start\ndata: {"type":"message_start","message":{"id":"${id}",\n\n`,
          }
        : {
            status: 200,
            headers: { 'content-type': 'application/json' },
            body: `{"id":"${id}","type":"mess`,
          },
    json: message,
    stream: (c, req) => {
      const hasText = c.pieces.length > 0;
      const event = (data: { type: string; [field: string]: unknown }) => sse(data, data.type);
      return {
        contentType: 'text/event-stream; charset=utf-8',
        head: () => [
          event({
            type: 'message_start',
            message: {
              ...message(c, req),
              content: [],
              stop_reason: null,
              stop_sequence: null,
              usage: usage(c, 1),
            },
          }),
          ...(hasText
            ? [event({ type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } })]
            : []),
          event({ type: 'ping' }),
        ],
        delta: (piece) => [
          event({ type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: piece } }),
        ],
        tail: () => [
          ...(hasText ? [event({ type: 'content_block_stop', index: 0 })] : []),
          event({
            type: 'message_delta',
            delta: { stop_reason: STOP_REASON[c.finishReason], stop_sequence: c.stopSequence },
            usage: usage(c),
          }),
          event({ type: 'message_stop' }),
        ],
        error: (error) => [sse(errorBody(error, base.headers['request-id']), 'error')],
      };
    },
  };
}

export async function anthropicMessages(ex: Exchange, state: EmulatorState): Promise<void> {
  await serveChat(ex, state, messagesEndpoint(ex));
}

export async function anthropicCountTokens(ex: Exchange, state: EmulatorState): Promise<void> {
  const endpoint = {
    ...messagesEndpoint(ex),
    operation: 'messages.count_tokens',
    parse: (body: unknown) => parseWith(countTokensSchema, body, toChatRequest),
  };
  const admitted = await admit(ex, state, endpoint);
  if (admitted) ex.json(200, { input_tokens: inputTokensOf(admitted.value) }, endpoint.headers);
}

export function anthropicModels(ex: Exchange, state: EmulatorState): void {
  const base = common(ex, 'models.list');
  state.requests.record({
    provider: 'anthropic',
    model: undefined,
    operation: base.operation,
    stream: false,
  });
  if (base.apiKey === 'bad-key') {
    sendError(ex, base, { kind: 'authentication', retryAfterSeconds: 0 });
    return;
  }
  const data = EMULATED_MODELS.map((m) => ({
    type: 'model',
    id: m.id,
    display_name: m.displayName,
    created_at: '2024-01-01T00:00:00Z',
  }));
  ex.json(
    200,
    { data, has_more: false, first_id: data[0]?.id ?? null, last_id: data.at(-1)?.id ?? null },
    base.headers,
  );
}
