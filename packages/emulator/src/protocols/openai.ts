import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { DEFAULT_EMBEDDING_DIMENSIONS, embed, toBase64 } from '../embeddings';
import { inputTokensOf } from '../engine';
import { EMULATED_MODELS } from '../fixture';
import type { Exchange } from '../http';
import { admit, type ChatEndpoint, type Endpoint, sendError, serveChat } from '../pipeline';
import type { EmulatorState } from '../state';
import { countTokens } from '../tokens';
import type {
  ChatMessage,
  ChatRequest,
  Completion,
  EmbeddingRequest,
  FinishReason,
  HttpReply,
  ProviderError,
} from '../types';
import { bearerToken, joinText, parseWith, randomId, sse } from './common';

/** Fixed so that model listings are deterministic (2024-01-01T00:00:00Z). */
const MODEL_CREATED = 1704067200;

const FINISH: Record<FinishReason, string> = {
  stop: 'stop',
  stop_sequence: 'stop',
  length: 'length',
  content_filter: 'content_filter',
};

const contentSchema = z
  .union([z.string(), z.array(z.object({ type: z.string(), text: z.string().optional() })), z.null()])
  .optional();

const chatSchema = z.object({
  model: z.string().min(1),
  messages: z.array(z.object({ role: z.string(), content: contentSchema })).min(1),
  max_tokens: z.number().int().nonnegative().nullish(),
  max_completion_tokens: z.number().int().nonnegative().nullish(),
  stop: z.union([z.string(), z.array(z.string())]).nullish(),
  stream: z.boolean().nullish(),
  stream_options: z.object({ include_usage: z.boolean().optional() }).nullish(),
});

interface OpenAIChatRequest extends ChatRequest {
  includeUsage: boolean;
}

function toChatRequest(body: z.infer<typeof chatSchema>): OpenAIChatRequest {
  const text = (content: z.infer<typeof contentSchema>) =>
    typeof content === 'string' ? content : joinText(content ?? []);
  const system = body.messages.filter((m) => m.role === 'system' || m.role === 'developer');
  const messages: ChatMessage[] = body.messages
    .filter((m) => m.role !== 'system' && m.role !== 'developer')
    .map((m) => ({ role: m.role === 'assistant' ? 'assistant' : 'user', text: text(m.content) }));
  return {
    model: body.model,
    system: system.map((m) => text(m.content)).join('\n'),
    messages,
    maxTokens: body.max_completion_tokens ?? body.max_tokens ?? undefined,
    stopSequences: body.stop === null || body.stop === undefined ? [] : [body.stop].flat(),
    stream: body.stream === true,
    cacheMarked: false,
    includeUsage: body.stream_options?.include_usage === true,
  };
}

function usage(c: Completion) {
  const completionTokens = c.outputTokens + c.reasoningTokens;
  return {
    prompt_tokens: c.inputTokens,
    completion_tokens: completionTokens,
    total_tokens: c.inputTokens + completionTokens,
    // OpenAI semantics: prompt_tokens already includes the cached tokens.
    prompt_tokens_details: { cached_tokens: c.cacheReadTokens, audio_tokens: 0 },
    completion_tokens_details: {
      reasoning_tokens: c.reasoningTokens,
      audio_tokens: 0,
      accepted_prediction_tokens: 0,
      rejected_prediction_tokens: 0,
    },
  };
}

const ERRORS: Record<ProviderError['kind'], { status: number; type: string; code: string | null }> = {
  rate_limited: { status: 429, type: 'requests', code: 'rate_limit_exceeded' },
  server_error: { status: 500, type: 'server_error', code: null },
  overloaded: { status: 503, type: 'server_error', code: null },
  context_length_exceeded: { status: 400, type: 'invalid_request_error', code: 'context_length_exceeded' },
  invalid_request: { status: 400, type: 'invalid_request_error', code: null },
  authentication: { status: 401, type: 'invalid_request_error', code: 'invalid_api_key' },
  not_found: { status: 404, type: 'invalid_request_error', code: null },
};

function stockMessage(error: ProviderError, model: string): string {
  switch (error.kind) {
    case 'rate_limited':
      return `Rate limit reached for ${model} on requests per min (RPM): Limit 500, Used 500, Requested 1. Please try again in ${error.retryAfterSeconds}s.`;
    case 'server_error':
      return 'The server had an error while processing your request. Sorry about that!';
    case 'overloaded':
      return 'The engine is currently overloaded, please try again later.';
    case 'context_length_exceeded':
      return `This model's maximum context length is ${error.tokens?.limit} tokens. However, your messages resulted in ${error.tokens?.requested} tokens. Please reduce the length of the messages.`;
    case 'invalid_request':
      return 'Invalid request.';
    case 'authentication':
      return 'Incorrect API key provided: bad-key. You can find your API key at https://platform.openai.com/account/api-keys.';
    case 'not_found':
      return `The model '${model}' does not exist or you do not have access to it.`;
  }
}

function errorBody(error: ProviderError, model: string) {
  const { type, code } = ERRORS[error.kind];
  const param = error.kind === 'context_length_exceeded' ? 'messages' : null;
  return { error: { message: error.message ?? stockMessage(error, model), type, param, code } };
}

export function openaiErrorReply(error: ProviderError, model = 'unknown'): HttpReply {
  const retry: Record<string, string> =
    error.kind === 'rate_limited'
      ? {
          'retry-after': String(error.retryAfterSeconds),
          'retry-after-ms': String(Math.round(error.retryAfterSeconds * 1000)),
          'x-ratelimit-limit-requests': '500',
          'x-ratelimit-remaining-requests': '0',
          'x-ratelimit-reset-requests': `${error.retryAfterSeconds}s`,
        }
      : {};
  return {
    status: ERRORS[error.kind].status,
    headers: { 'content-type': 'application/json', ...retry },
    body: JSON.stringify(errorBody(error, model)),
  };
}

function common(ex: Exchange, operation: string) {
  let model = 'unknown';
  return {
    provider: 'openai' as const,
    operation,
    apiKey: bearerToken(ex) ?? ex.header('api-key'),
    headers: { 'x-request-id': `req_${randomBytes(16).toString('hex')}` },
    error: (error: ProviderError) => openaiErrorReply(error, model),
    /** Used as modelOf, which also remembers the model so error messages can name it. */
    track(value: { model: string }) {
      model = value.model;
      return value.model;
    },
  };
}

function chatEndpoint(ex: Exchange): ChatEndpoint<OpenAIChatRequest> {
  const base = common(ex, 'chat.completions');
  const id = `chatcmpl-${randomId(29)}`;
  const created = Math.floor(Date.now() / 1000);
  const envelope = (req: ChatRequest, object: string) => ({
    id,
    object,
    created,
    model: req.model,
    service_tier: 'default',
    system_fingerprint: 'fp_emulator',
  });
  return {
    ...base,
    parse: (body) => parseWith(chatSchema, body, toChatRequest),
    modelOf: base.track,
    streamOf: (req) => req.stream,
    inputTokens: inputTokensOf,
    malformed: (stream) =>
      stream
        ? {
            status: 200,
            headers: { 'content-type': 'text/event-stream' },
            body: `data: {"id":"${id}","object":\n\n`,
          }
        : {
            status: 200,
            headers: { 'content-type': 'application/json' },
            body: `{"id":"${id}","object":"chat.`,
          },
    json: (c, req) => ({
      ...envelope(req, 'chat.completion'),
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content: c.text, refusal: null, annotations: [] },
          logprobs: null,
          finish_reason: FINISH[c.finishReason],
        },
      ],
      usage: usage(c),
    }),
    stream: (c, req) => {
      const chunk = (delta: object, finish: string | null) =>
        sse({
          ...envelope(req, 'chat.completion.chunk'),
          choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
          ...(req.includeUsage ? { usage: null } : {}),
        });
      return {
        contentType: 'text/event-stream; charset=utf-8',
        head: () => [chunk({ role: 'assistant', content: '', refusal: null }, null)],
        delta: (piece) => [chunk({ content: piece }, null)],
        tail: () => [
          chunk({}, FINISH[c.finishReason]),
          ...(req.includeUsage
            ? [sse({ ...envelope(req, 'chat.completion.chunk'), choices: [], usage: usage(c) })]
            : []),
          sse('[DONE]'),
        ],
        // Mid-stream failures arrive as a data event carrying an error object, without [DONE].
        error: (error) => [sse(errorBody(error, req.model))],
      };
    },
  };
}

const embeddingsSchema = z.object({
  model: z.string().min(1),
  input: z.union([
    z.string(),
    z.array(z.string()).min(1),
    z.array(z.number().int()).min(1),
    z.array(z.array(z.number().int()).min(1)).min(1),
  ]),
  encoding_format: z.enum(['float', 'base64']).optional(),
  dimensions: z.number().int().positive().optional(),
});

interface OpenAIEmbeddingRequest extends EmbeddingRequest {
  base64: boolean;
}

function toEmbeddingRequest(body: z.infer<typeof embeddingsSchema>): OpenAIEmbeddingRequest {
  // Token-id inputs are embedded through their decimal spelling; each id is one token.
  const raw = typeof body.input === 'string' ? [body.input] : body.input;
  const inputs = raw.every((i) => typeof i === 'number')
    ? [raw.join(' ')]
    : raw.map((i) => (Array.isArray(i) ? i.join(' ') : String(i)));
  const inputTokens = raw.every((i) => typeof i !== 'string')
    ? raw.flat().length
    : inputs.reduce((sum, text) => sum + countTokens(text), 0);
  return {
    model: body.model,
    inputs,
    dimensions: body.dimensions,
    inputTokens,
    base64: body.encoding_format === 'base64',
  };
}

function embeddingsEndpoint(ex: Exchange): Endpoint<OpenAIEmbeddingRequest> {
  const base = common(ex, 'embeddings');
  return {
    ...base,
    parse: (body) => parseWith(embeddingsSchema, body, toEmbeddingRequest),
    modelOf: base.track,
    streamOf: () => false,
    inputTokens: (req) => req.inputTokens,
    malformed: () => ({
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: '{"object":"list","data":[',
    }),
  };
}

export async function openaiChat(ex: Exchange, state: EmulatorState): Promise<void> {
  await serveChat(ex, state, chatEndpoint(ex));
}

export async function openaiEmbeddings(ex: Exchange, state: EmulatorState): Promise<void> {
  const endpoint = embeddingsEndpoint(ex);
  const admitted = await admit(ex, state, endpoint);
  if (!admitted) return;
  const req = admitted.value;
  const dimensions = req.dimensions ?? DEFAULT_EMBEDDING_DIMENSIONS;
  ex.json(
    200,
    {
      object: 'list',
      data: req.inputs.map((text, index) => {
        const vector = embed(text, dimensions);
        return { object: 'embedding', index, embedding: req.base64 ? toBase64(vector) : vector };
      }),
      model: req.model,
      usage: { prompt_tokens: req.inputTokens, total_tokens: req.inputTokens },
    },
    endpoint.headers,
  );
}

export function openaiModels(ex: Exchange, state: EmulatorState): void {
  const base = common(ex, 'models.list');
  state.requests.record({ provider: 'openai', model: undefined, operation: base.operation, stream: false });
  if (base.apiKey === 'bad-key') {
    sendError(ex, base, { kind: 'authentication', retryAfterSeconds: 0 });
    return;
  }
  ex.json(
    200,
    {
      object: 'list',
      data: EMULATED_MODELS.map((m) => ({
        id: m.id,
        object: 'model',
        created: MODEL_CREATED,
        owned_by: 'yardstick',
      })),
    },
    base.headers,
  );
}
