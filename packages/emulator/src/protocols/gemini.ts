import { z } from 'zod';
import { embed } from '../embeddings';
import { inputTokensOf } from '../engine';
import { EMULATED_MODELS } from '../fixture';
import type { Exchange } from '../http';
import { admit, type ChatEndpoint, type Endpoint, sendError, serveChat } from '../pipeline';
import type { EmulatorState } from '../state';
import { countTokens } from '../tokens';
import type {
  ChatRequest,
  Completion,
  EmbeddingRequest,
  FinishReason,
  HttpReply,
  ProviderError,
} from '../types';
import { joinText, parseWith, randomId, sse } from './common';

const FINISH: Record<FinishReason, string> = {
  stop: 'STOP',
  stop_sequence: 'STOP',
  length: 'MAX_TOKENS',
  content_filter: 'SAFETY',
};

const contentSchema = z.object({
  role: z.string().optional(),
  parts: z.array(z.object({ text: z.string().optional() })),
});

const generateSchema = z.object({
  contents: z.array(contentSchema).min(1),
  systemInstruction: contentSchema.optional(),
  generationConfig: z
    .object({
      maxOutputTokens: z.number().int().min(1).optional(),
      stopSequences: z.array(z.string()).optional(),
    })
    .optional(),
});

function toChatRequest(model: string, stream: boolean) {
  return (body: z.infer<typeof generateSchema>): ChatRequest => ({
    model,
    system: body.systemInstruction ? joinText(body.systemInstruction.parts) : '',
    messages: body.contents.map((c) => ({
      role: c.role === 'model' ? 'assistant' : 'user',
      text: joinText(c.parts),
    })),
    maxTokens: body.generationConfig?.maxOutputTokens,
    stopSequences: body.generationConfig?.stopSequences ?? [],
    stream,
    cacheMarked: false,
  });
}

/** Gemini semantics: promptTokenCount includes cached tokens; thoughts are outside candidatesTokenCount. */
function usageMetadata(c: Completion) {
  return {
    promptTokenCount: c.inputTokens,
    candidatesTokenCount: c.outputTokens,
    totalTokenCount: c.inputTokens + c.outputTokens + c.reasoningTokens,
    ...(c.cacheReadTokens > 0 ? { cachedContentTokenCount: c.cacheReadTokens } : {}),
    ...(c.reasoningTokens > 0 ? { thoughtsTokenCount: c.reasoningTokens } : {}),
    promptTokensDetails: [{ modality: 'TEXT', tokenCount: c.inputTokens }],
  };
}

/** A filtered candidate has no content, only the verdict. */
const BLOCKED = {
  finishReason: 'SAFETY',
  index: 0,
  safetyRatings: [{ category: 'HARM_CATEGORY_DANGEROUS_CONTENT', probability: 'HIGH', blocked: true }],
};

const ERRORS: Record<ProviderError['kind'], { status: number; code: string }> = {
  rate_limited: { status: 429, code: 'RESOURCE_EXHAUSTED' },
  server_error: { status: 500, code: 'INTERNAL' },
  overloaded: { status: 503, code: 'UNAVAILABLE' },
  context_length_exceeded: { status: 400, code: 'INVALID_ARGUMENT' },
  invalid_request: { status: 400, code: 'INVALID_ARGUMENT' },
  authentication: { status: 401, code: 'UNAUTHENTICATED' },
  not_found: { status: 404, code: 'NOT_FOUND' },
};

function stockMessage(error: ProviderError): string {
  switch (error.kind) {
    case 'rate_limited':
      return 'You exceeded your current quota, please check your plan and billing details.';
    case 'server_error':
      return 'An internal error has occurred. Please retry or report in https://developers.generativeai.google/guide/troubleshooting';
    case 'overloaded':
      return 'The model is overloaded. Please try again later.';
    case 'context_length_exceeded':
      return `The input token count (${error.tokens?.requested}) exceeds the maximum number of tokens allowed (${error.tokens?.limit}).`;
    case 'invalid_request':
      return 'Request contains an invalid argument.';
    case 'authentication':
      return 'API key not valid. Please pass a valid API key.';
    case 'not_found':
      return 'Requested entity was not found.';
  }
}

function errorBody(error: ProviderError) {
  const { status, code } = ERRORS[error.kind];
  const details =
    error.kind === 'rate_limited'
      ? [{ '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: `${error.retryAfterSeconds}s` }]
      : undefined;
  return { error: { code: status, message: error.message ?? stockMessage(error), status: code, details } };
}

export function geminiErrorReply(error: ProviderError): HttpReply {
  return {
    status: ERRORS[error.kind].status,
    headers: {
      'content-type': 'application/json; charset=UTF-8',
      ...(error.kind === 'rate_limited' ? { 'retry-after': String(error.retryAfterSeconds) } : {}),
    },
    body: JSON.stringify(errorBody(error)),
  };
}

function common(ex: Exchange, operation: string) {
  return {
    provider: 'gemini' as const,
    operation,
    apiKey: ex.header('x-goog-api-key') ?? ex.query.get('key') ?? undefined,
    headers: {},
    error: geminiErrorReply,
  };
}

/** `sse`: `?alt=sse` server-sent events (what the SDK asks for); otherwise one JSON array, as the API does. */
function generateEndpoint(ex: Exchange, model: string, stream: boolean): ChatEndpoint {
  const responseId = randomId(22);
  const sseMode = ex.query.get('alt') === 'sse';
  const response = (candidate: object, c?: Completion) => ({
    candidates: [candidate],
    ...(c ? { usageMetadata: usageMetadata(c) } : {}),
    modelVersion: model,
    responseId,
  });
  const textCandidate = (text: string, finishReason?: string) => ({
    content: { parts: [{ text }], role: 'model' },
    ...(finishReason ? { finishReason } : {}),
    index: 0,
  });
  return {
    ...common(ex, stream ? 'streamGenerateContent' : 'generateContent'),
    parse: (body) => parseWith(generateSchema, body, toChatRequest(model, stream)),
    modelOf: (req) => req.model,
    streamOf: (req) => req.stream,
    inputTokens: inputTokensOf,
    malformed: (streaming) => ({
      status: 200,
      headers: { 'content-type': streaming && sseMode ? 'text/event-stream' : 'application/json' },
      body:
        streaming && sseMode ? 'data: {"candidates": [{"content": \r\n\r\n' : '{"candidates": [{"content": ',
    }),
    json: (c) =>
      response(
        c.finishReason === 'content_filter' ? BLOCKED : textCandidate(c.text, FINISH[c.finishReason]),
        c,
      ),
    stream: (c) => {
      let sent = 0;
      const frame = (data: object) => {
        sent += 1;
        if (sseMode) return sse(data, undefined, '\r\n');
        return `${sent === 1 ? '' : ',\r\n'}${JSON.stringify(data)}`;
      };
      // The last content chunk carries the finish reason and the usage.
      const last = () =>
        frame(
          response(
            c.finishReason === 'content_filter' ? BLOCKED : textCandidate('', FINISH[c.finishReason]),
            c,
          ),
        );
      return {
        contentType: sseMode ? 'text/event-stream' : 'application/json',
        head: () => (sseMode ? [] : ['[']),
        delta: (piece, _index, isLast) => [
          frame(
            isLast
              ? response(textCandidate(piece, FINISH[c.finishReason]), c)
              : response(textCandidate(piece)),
          ),
        ],
        tail: () => [...(c.pieces.length === 0 ? [last()] : []), ...(sseMode ? [] : [']'])],
        error: (error) => [frame(errorBody(error)), ...(sseMode ? [] : [']'])],
      };
    },
  };
}

const embedContentSchema = z.object({
  content: contentSchema,
  outputDimensionality: z.number().int().min(1).optional(),
});
const batchEmbedSchema = z.object({ requests: z.array(embedContentSchema).min(1) });

function embedEndpoint<T>(
  ex: Exchange,
  model: string,
  operation: string,
  schema: z.ZodType<T>,
  toRequests: (body: T) => z.infer<typeof embedContentSchema>[],
): Endpoint<EmbeddingRequest> {
  return {
    ...common(ex, operation),
    parse: (body) =>
      parseWith(schema, body, (value) => {
        const requests = toRequests(value);
        const inputs = requests.map((r) => joinText(r.content.parts));
        return {
          model,
          inputs,
          dimensions: requests[0]?.outputDimensionality,
          inputTokens: inputs.reduce((sum, text) => sum + countTokens(text), 0),
        };
      }),
    modelOf: (req) => req.model,
    streamOf: () => false,
    inputTokens: (req) => req.inputTokens,
    malformed: () => ({
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: '{"embeddings": [',
    }),
  };
}

export async function geminiModelMethod(
  ex: Exchange,
  state: EmulatorState,
  encodedModel: string,
  method: string,
): Promise<void> {
  const model = decodeURIComponent(encodedModel);
  switch (method) {
    case 'generateContent':
    case 'streamGenerateContent':
      return serveChat(ex, state, generateEndpoint(ex, model, method === 'streamGenerateContent'));
    case 'countTokens': {
      const endpoint = { ...generateEndpoint(ex, model, false), operation: 'countTokens' };
      const admitted = await admit(ex, state, endpoint);
      if (admitted) ex.json(200, { totalTokens: inputTokensOf(admitted.value) });
      return;
    }
    case 'embedContent':
    case 'batchEmbedContents': {
      const single = method === 'embedContent';
      const endpoint = single
        ? embedEndpoint(ex, model, method, embedContentSchema, (body) => [body])
        : embedEndpoint(ex, model, method, batchEmbedSchema, (body) => body.requests);
      const admitted = await admit(ex, state, endpoint);
      if (!admitted) return;
      const vectors = admitted.value.inputs.map((text) => ({
        values: embed(text, admitted.value.dimensions),
      }));
      ex.json(200, single ? { embedding: vectors[0] } : { embeddings: vectors });
      return;
    }
    default:
      return sendError(ex, common(ex, method), {
        kind: 'not_found',
        retryAfterSeconds: 0,
        message: `Method '${method}' is not supported by the emulator.`,
      });
  }
}

export function geminiModels(ex: Exchange, state: EmulatorState): void {
  const base = common(ex, 'models.list');
  state.requests.record({ provider: 'gemini', model: undefined, operation: base.operation, stream: false });
  if (base.apiKey === 'bad-key') {
    sendError(ex, base, { kind: 'authentication', retryAfterSeconds: 0 });
    return;
  }
  ex.json(200, {
    models: EMULATED_MODELS.map((m) => ({
      name: `models/${m.id}`,
      displayName: m.displayName,
      inputTokenLimit: m.contextWindow,
      outputTokenLimit: 8192,
      supportedGenerationMethods: ['generateContent', 'countTokens', 'embedContent', 'batchEmbedContents'],
    })),
  });
}
