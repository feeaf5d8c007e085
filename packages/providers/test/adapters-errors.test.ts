// Each provider's error table, fed with the SDKs' own error classes (the wire round trip is in the contract tests).
import {
  APIError as AnthropicAPIError,
  APIConnectionError as AnthropicConnectionError,
} from '@anthropic-ai/sdk';
import {
  AccessDeniedException,
  InternalServerException,
  ModelTimeoutException,
  ServiceUnavailableException,
  ThrottlingException,
  ValidationException,
} from '@aws-sdk/client-bedrock-runtime';
import { BlockedReason, ApiError as GeminiApiError, GenerateContentResponse } from '@google/genai';
import { APIConnectionError, APIConnectionTimeoutError, APIError as OpenAIAPIError } from 'openai';
import { describe, expect, it } from 'vitest';
import { mapAnthropicError } from '../src/adapters/anthropic-errors';
import { mapBedrockError } from '../src/adapters/bedrock-errors';
import { mapGeminiError, promptBlockedError } from '../src/adapters/gemini-errors';
import { mapOpenAIError } from '../src/adapters/openai-errors';
import { headerLookup } from '../src/reliability/retry-after';

function openAIStatus(status: number, body: Record<string, unknown>, headers: Record<string, string> = {}) {
  return OpenAIAPIError.generate(status, { error: body }, undefined, new Headers(headers));
}

describe('OpenAI error table', () => {
  it.each([
    [
      401,
      { message: 'Incorrect API key', type: 'invalid_request_error', code: 'invalid_api_key' },
      'authentication',
    ],
    [403, { message: 'Forbidden' }, 'authentication'],
    [429, { message: 'Rate limit reached', type: 'requests', code: 'rate_limit_exceeded' }, 'rate_limited'],
    [503, { message: 'The engine is currently overloaded' }, 'overloaded'],
    [
      400,
      { message: "This model's maximum context length is 8192 tokens", code: 'context_length_exceeded' },
      'context_length_exceeded',
    ],
    [400, { message: 'Invalid value for temperature', code: 'invalid_value' }, 'invalid_request'],
    [404, { message: 'The model does not exist', code: 'model_not_found' }, 'invalid_request'],
    [
      400,
      { message: 'Blocked by the content management policy', code: 'content_filter' },
      'content_filtered',
    ],
    [500, { message: 'The server had an error' }, 'provider_error'],
    [502, { message: 'Bad gateway' }, 'provider_error'],
  ])('HTTP %i %o → %s', (status, body, expected) => {
    expect(mapOpenAIError(openAIStatus(status, body), 'openai').errorClass).toBe(expected);
  });

  it('reads retry-after, retry-after-ms and the request id', () => {
    const mapped = mapOpenAIError(
      openAIStatus(429, { message: 'slow down' }, { 'retry-after': '2', 'x-request-id': 'req_123' }),
      'openai',
    );
    expect(mapped).toMatchObject({
      errorClass: 'rate_limited',
      retryAfterMs: 2_000,
      requestId: 'req_123',
      status: 429,
    });
    const precise = mapOpenAIError(
      openAIStatus(429, { message: 'x' }, { 'retry-after-ms': '150' }),
      'openai',
    );
    expect(precise.retryAfterMs).toBe(150);
  });

  it('maps connection failures, timeouts and streamed errors', () => {
    expect(
      mapOpenAIError(new APIConnectionError({ message: 'Connection error.' }), 'openai').errorClass,
    ).toBe('network');
    expect(mapOpenAIError(new APIConnectionTimeoutError(), 'openai').errorClass).toBe('timeout');
    const streamed = new OpenAIAPIError(
      undefined,
      { message: 'The server had an error', type: 'server_error' },
      undefined,
      undefined,
    );
    expect(mapOpenAIError(streamed, 'openai').errorClass).toBe('provider_error');
    expect(mapOpenAIError(new SyntaxError('Unexpected token < in JSON'), 'openai').errorClass).toBe(
      'provider_error',
    );
    expect(mapOpenAIError(new TypeError('terminated'), 'openai').errorClass).toBe('network');
  });

  it('keeps the connection kind as the provider', () => {
    expect(mapOpenAIError(openAIStatus(500, {}), 'openai_compatible').provider).toBe('openai_compatible');
  });
});

function anthropicStatus(
  status: number,
  type: string,
  message: string,
  headers: Record<string, string> = {},
) {
  return AnthropicAPIError.generate(
    status,
    { type: 'error', error: { type, message } },
    undefined,
    new Headers(headers),
  );
}

describe('Anthropic error table', () => {
  it.each([
    [401, 'authentication_error', 'invalid x-api-key', 'authentication'],
    [403, 'permission_error', 'no access', 'authentication'],
    [429, 'rate_limit_error', 'Number of request tokens has exceeded your rate limit', 'rate_limited'],
    [529, 'overloaded_error', 'Overloaded', 'overloaded'],
    [
      400,
      'invalid_request_error',
      'prompt is too long: 210000 tokens > 200000 maximum',
      'context_length_exceeded',
    ],
    [400, 'invalid_request_error', 'max_tokens: Field required', 'invalid_request'],
    [404, 'not_found_error', 'model: claude-nope', 'invalid_request'],
    [500, 'api_error', 'Internal server error', 'provider_error'],
  ])('HTTP %i %s → %s', (status, type, message, expected) => {
    expect(mapAnthropicError(anthropicStatus(status, type, message)).errorClass).toBe(expected);
  });

  it('reads retry-after and request-id', () => {
    const mapped = mapAnthropicError(
      anthropicStatus(429, 'rate_limit_error', 'slow down', { 'retry-after': '1', 'request-id': 'req_abc' }),
    );
    expect(mapped).toMatchObject({ errorClass: 'rate_limited', retryAfterMs: 1_000, requestId: 'req_abc' });
  });

  it('classifies an error event inside a stream by its type', () => {
    const overloaded = new AnthropicAPIError(
      undefined,
      { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } },
      undefined,
      undefined,
      'overloaded_error',
    );
    expect(mapAnthropicError(overloaded).errorClass).toBe('overloaded');
    expect(mapAnthropicError(new AnthropicConnectionError({ message: 'Connection error.' })).errorClass).toBe(
      'network',
    );
  });
});

function awsMetadata(httpStatusCode: number) {
  return { $metadata: { httpStatusCode, requestId: 'aws-req-1' } };
}

describe('Bedrock error table', () => {
  it.each([
    [new AccessDeniedException({ message: 'not authorized', ...awsMetadata(403) }), 'authentication'],
    [new ThrottlingException({ message: 'Too many requests', ...awsMetadata(429) }), 'rate_limited'],
    [new ServiceUnavailableException({ message: 'unavailable', ...awsMetadata(503) }), 'overloaded'],
    [
      new ValidationException({ message: 'Input is too long for requested model.', ...awsMetadata(400) }),
      'context_length_exceeded',
    ],
    [new ValidationException({ message: 'Malformed input request', ...awsMetadata(400) }), 'invalid_request'],
    [new InternalServerException({ message: 'internal', ...awsMetadata(500) }), 'provider_error'],
    [new ModelTimeoutException({ message: 'model timed out', ...awsMetadata(408) }), 'timeout'],
  ])('%s → %s', (error, expected) => {
    const mapped = mapBedrockError(error);
    expect(mapped.errorClass).toBe(expected);
    expect(mapped.requestId).toBe('aws-req-1');
  });

  it('falls back to the status for unmodelled exceptions', () => {
    const unrecognized = Object.assign(new Error('The security token included in the request is invalid.'), {
      name: 'UnrecognizedClientException',
      $fault: 'client' as const,
      $metadata: { httpStatusCode: 403 },
    });
    expect(mapBedrockError(unrecognized).errorClass).toBe('authentication');
    const unknown = Object.assign(new Error('mystery'), {
      name: 'Unknown',
      $fault: 'server' as const,
      $metadata: { httpStatusCode: 502 },
    });
    expect(mapBedrockError(unknown).errorClass).toBe('provider_error');
  });

  it('maps socket failures to network', () => {
    expect(
      mapBedrockError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })).errorClass,
    ).toBe('network');
  });
});

function geminiError(status: number, grpcStatus: string, message: string, details: unknown[] = []) {
  return new GeminiApiError({
    status,
    message: JSON.stringify({ error: { code: status, message, status: grpcStatus, details } }),
  });
}

describe('Gemini error table', () => {
  it.each([
    [
      400,
      'INVALID_ARGUMENT',
      'API key not valid. Please pass a valid API key.',
      [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'API_KEY_INVALID' }],
      'authentication',
    ],
    [403, 'PERMISSION_DENIED', 'denied', [], 'authentication'],
    [429, 'RESOURCE_EXHAUSTED', 'Resource has been exhausted', [], 'rate_limited'],
    [503, 'UNAVAILABLE', 'The model is overloaded. Please try again later.', [], 'overloaded'],
    [
      400,
      'INVALID_ARGUMENT',
      'The input token count (1200000) exceeds the maximum number of tokens allowed (1048576).',
      [],
      'context_length_exceeded',
    ],
    [400, 'INVALID_ARGUMENT', 'Invalid JSON payload received.', [], 'invalid_request'],
    [500, 'INTERNAL', 'An internal error has occurred.', [], 'provider_error'],
  ])('HTTP %i %s → %s', (status, grpcStatus, message, details, expected) => {
    expect(mapGeminiError(geminiError(status, grpcStatus, message, details)).errorClass).toBe(expected);
  });

  it('takes the retry delay from RetryInfo, else from the captured headers', () => {
    const withRetryInfo = geminiError(429, 'RESOURCE_EXHAUSTED', 'quota', [
      { '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '3s' },
    ]);
    expect(mapGeminiError(withRetryInfo).retryAfterMs).toBe(3_000);
    const bare = geminiError(429, 'RESOURCE_EXHAUSTED', 'quota');
    expect(mapGeminiError(bare, headerLookup({ 'retry-after': '1' })).retryAfterMs).toBe(1_000);
  });

  it('reads an error chunk from a stream', () => {
    const streamed = new GeminiApiError({
      status: 500,
      message: `got status: INTERNAL. ${JSON.stringify({ error: { code: 500, message: 'boom', status: 'INTERNAL' } })}`,
    });
    expect(mapGeminiError(streamed)).toMatchObject({ errorClass: 'provider_error', message: 'boom' });
  });

  it('treats a blocked prompt (no candidate) as content_filtered, a filtered candidate as a result', () => {
    const blocked = Object.assign(new GenerateContentResponse(), {
      promptFeedback: { blockReason: BlockedReason.SAFETY, blockReasonMessage: 'unsafe prompt' },
      responseId: 'resp_1',
    });
    expect(promptBlockedError(blocked)).toMatchObject({
      errorClass: 'content_filtered',
      requestId: 'resp_1',
    });
    const answered = Object.assign(new GenerateContentResponse(), {
      candidates: [{ finishReason: 'SAFETY' }],
    });
    expect(promptBlockedError(answered)).toBeUndefined();
  });
});
