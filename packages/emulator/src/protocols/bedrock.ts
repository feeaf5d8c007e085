import { randomUUID } from 'node:crypto';
import { EventStreamCodec } from '@smithy/eventstream-codec';
import { fromUtf8, toUtf8 } from '@smithy/util-utf8';
import { z } from 'zod';
import { inputTokensOf } from '../engine';
import type { Exchange } from '../http';
import { type ChatEndpoint, type Frame, serveChat } from '../pipeline';
import type { EmulatorState } from '../state';
import type { ChatRequest, Completion, FinishReason, HttpReply, ProviderError } from '../types';
import { bearerToken, joinText, parseWith } from './common';

const codec = new EventStreamCodec(toUtf8, fromUtf8);

const STOP_REASON: Record<FinishReason, string> = {
  stop: 'end_turn',
  stop_sequence: 'stop_sequence',
  length: 'max_tokens',
  content_filter: 'content_filtered',
};

const blockSchema = z.object({
  text: z.string().optional(),
  cachePoint: z.object({ type: z.string() }).optional(),
});

const converseSchema = z.object({
  messages: z.array(z.object({ role: z.enum(['user', 'assistant']), content: z.array(blockSchema) })).min(1),
  system: z.array(blockSchema).optional(),
  inferenceConfig: z
    .object({ maxTokens: z.number().int().min(1).optional(), stopSequences: z.array(z.string()).optional() })
    .optional(),
});

function toChatRequest(model: string, stream: boolean) {
  return (body: z.infer<typeof converseSchema>): ChatRequest => ({
    model,
    system: joinText(body.system ?? []),
    messages: body.messages.map((m) => ({ role: m.role, text: joinText(m.content) })),
    maxTokens: body.inferenceConfig?.maxTokens,
    stopSequences: body.inferenceConfig?.stopSequences ?? [],
    stream,
    cacheMarked: [...(body.system ?? []), ...body.messages.flatMap((m) => m.content)].some(
      (b) => b.cachePoint !== undefined,
    ),
  });
}

/** Bedrock semantics: inputTokens excludes cache reads and writes; totalTokens counts everything. */
function usage(c: Completion, req: ChatRequest) {
  const inputTokens = c.inputTokens - c.cacheReadTokens - c.cacheWriteTokens;
  const cache =
    req.cacheMarked || c.cacheReadTokens > 0
      ? { cacheReadInputTokens: c.cacheReadTokens, cacheWriteInputTokens: c.cacheWriteTokens }
      : {};
  return {
    inputTokens,
    outputTokens: c.outputTokens,
    totalTokens: c.inputTokens + c.outputTokens,
    ...cache,
  };
}

const ERRORS: Record<ProviderError['kind'], { status: number; type: string; streamType: string }> = {
  rate_limited: { status: 429, type: 'ThrottlingException', streamType: 'throttlingException' },
  server_error: { status: 500, type: 'InternalServerException', streamType: 'modelStreamErrorException' },
  overloaded: { status: 503, type: 'ServiceUnavailableException', streamType: 'serviceUnavailableException' },
  context_length_exceeded: { status: 400, type: 'ValidationException', streamType: 'validationException' },
  invalid_request: { status: 400, type: 'ValidationException', streamType: 'validationException' },
  authentication: { status: 403, type: 'UnrecognizedClientException', streamType: 'validationException' },
  not_found: { status: 404, type: 'ResourceNotFoundException', streamType: 'validationException' },
};

function stockMessage(error: ProviderError): string {
  switch (error.kind) {
    case 'rate_limited':
      return 'Too many requests, please wait before trying again.';
    case 'server_error':
      return 'The system encountered an unexpected error during processing. Try your request again.';
    case 'overloaded':
      return 'Bedrock is unable to process your request.';
    case 'context_length_exceeded':
      return 'Input is too long for requested model.';
    case 'invalid_request':
      return 'Malformed input request, please reformat your input and try again.';
    case 'authentication':
      return 'The security token included in the request is invalid.';
    case 'not_found':
      return 'The requested resource could not be found.';
  }
}

export function bedrockErrorReply(error: ProviderError, apiKeyAuth = false): HttpReply {
  const { status } = ERRORS[error.kind];
  // Bedrock API keys (bearer tokens) are rejected as access denied, SigV4 credentials as unrecognized.
  const type =
    error.kind === 'authentication' && apiKeyAuth ? 'AccessDeniedException' : ERRORS[error.kind].type;
  const message =
    type === 'AccessDeniedException'
      ? 'Authentication failed: invalid API key.'
      : (error.message ?? stockMessage(error));
  return {
    status,
    headers: {
      'content-type': 'application/json',
      'x-amzn-errortype': `${type}:http://internal.amazon.com/coral/com.amazon.bedrock/`,
      ...(error.kind === 'rate_limited' ? { 'retry-after': String(error.retryAfterSeconds) } : {}),
    },
    body: JSON.stringify({ message }),
  };
}

function event(type: string, payload: unknown, messageType: 'event' | 'exception' = 'event'): Frame {
  return codec.encode({
    headers: {
      [messageType === 'event' ? ':event-type' : ':exception-type']: { type: 'string', value: type },
      ':content-type': { type: 'string', value: 'application/json' },
      ':message-type': { type: 'string', value: messageType },
    },
    body: fromUtf8(JSON.stringify(payload)),
  });
}

/** The access key id of a SigV4 signature, or a Bedrock API key sent as a bearer token. */
function credentialOf(ex: Exchange): { key: string | undefined; apiKeyAuth: boolean } {
  const sigv4 = /Credential=([^/,\s]+)/.exec(ex.header('authorization') ?? '');
  if (sigv4) return { key: sigv4[1], apiKeyAuth: false };
  return { key: bearerToken(ex), apiKeyAuth: true };
}

function converseEndpoint(ex: Exchange, modelId: string, stream: boolean): ChatEndpoint {
  const startedAt = Date.now();
  const credential = credentialOf(ex);
  const metrics = () => ({ latencyMs: Date.now() - startedAt });
  return {
    provider: 'bedrock',
    operation: stream ? 'converse-stream' : 'converse',
    apiKey: credential.key,
    headers: { 'x-amzn-requestid': randomUUID() },
    parse: (body) => parseWith(converseSchema, body, toChatRequest(modelId, stream)),
    modelOf: (req) => req.model,
    streamOf: (req) => req.stream,
    inputTokens: inputTokensOf,
    error: (error) => bedrockErrorReply(error, credential.apiKeyAuth),
    malformed: (streaming) =>
      streaming
        ? {
            status: 200,
            headers: { 'content-type': 'application/vnd.amazon.eventstream' },
            // A frame whose prelude checksum is wrong: the SDK's decoder rejects it.
            body: new Uint8Array([
              0,
              0,
              0,
              32,
              0,
              0,
              0,
              0,
              0xde,
              0xad,
              0xbe,
              0xef,
              ...new Array<number>(20).fill(0),
            ]),
          }
        : {
            status: 200,
            headers: { 'content-type': 'application/json' },
            body: '{"output":{"message":{"role":',
          },
    json: (c, req) => ({
      output: { message: { role: 'assistant', content: c.text.length > 0 ? [{ text: c.text }] : [] } },
      stopReason: STOP_REASON[c.finishReason],
      usage: usage(c, req),
      metrics: metrics(),
    }),
    stream: (c, req) => {
      const hasText = c.pieces.length > 0;
      return {
        contentType: 'application/vnd.amazon.eventstream',
        head: () => [event('messageStart', { role: 'assistant' })],
        delta: (piece) => [event('contentBlockDelta', { contentBlockIndex: 0, delta: { text: piece } })],
        tail: () => [
          ...(hasText ? [event('contentBlockStop', { contentBlockIndex: 0 })] : []),
          event('messageStop', { stopReason: STOP_REASON[c.finishReason] }),
          event('metadata', { usage: usage(c, req), metrics: metrics() }),
        ],
        error: (error) => [
          event(
            ERRORS[error.kind].streamType,
            { message: error.message ?? stockMessage(error) },
            'exception',
          ),
        ],
      };
    },
  };
}

export async function bedrockConverse(
  ex: Exchange,
  state: EmulatorState,
  encodedModelId: string,
  stream: boolean,
): Promise<void> {
  // Model ids arrive URL-encoded (e.g. "...-v1%3A0").
  await serveChat(ex, state, converseEndpoint(ex, decodeURIComponent(encodedModelId), stream));
}
