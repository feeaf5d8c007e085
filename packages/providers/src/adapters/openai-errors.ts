// The OpenAI SDK's error classes → contract classes (also used for OpenAI-compatible servers and the emulator).
import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import { ProviderError, type TProviderErrorClass } from '../errors';
import { headerLookup, parseRetryAfterMs } from '../reliability/retry-after';
import type { TProviderKind } from '../types';
import {
  classifyHttpStatus,
  isContentFilterError,
  isContextLengthError,
  isOverloadedError,
} from './shared/classify';
import { mapTransportError } from './shared/transport-errors';

export function mapOpenAIError(error: unknown, provider: TProviderKind): ProviderError {
  if (error instanceof ProviderError) {
    return error;
  }
  if (error instanceof APIUserAbortError) {
    return new ProviderError({ errorClass: 'aborted', message: error.message, provider, raw: error });
  }
  if (error instanceof APIConnectionTimeoutError) {
    return new ProviderError({ errorClass: 'timeout', message: error.message, provider, raw: error });
  }
  if (error instanceof APIConnectionError) {
    return new ProviderError({ errorClass: 'network', message: error.message, provider, raw: error });
  }
  if (error instanceof APIError) {
    const detail = { code: error.code ?? error.type, message: error.message };
    return new ProviderError({
      errorClass:
        error.status === undefined ? classifyStreamedError(detail) : classifyHttpStatus(error.status, detail),
      message: error.message,
      provider,
      status: error.status,
      requestId: error.requestID ?? undefined,
      retryAfterMs: error.headers ? parseRetryAfterMs(headerLookup(error.headers)) : undefined,
      raw: error,
    });
  }
  return mapTransportError(error, provider);
}

/** An `error` object inside an SSE stream carries no HTTP status, only its code/type and message. */
function classifyStreamedError(detail: {
  code?: string | null;
  message?: string | null;
}): TProviderErrorClass {
  if (/rate_limit/i.test(detail.code ?? '')) {
    return 'rate_limited';
  }
  if (isOverloadedError(detail)) {
    return 'overloaded';
  }
  if (isContextLengthError(detail)) {
    return 'context_length_exceeded';
  }
  if (isContentFilterError(detail)) {
    return 'content_filtered';
  }
  return 'provider_error';
}
