// The Anthropic SDK's error classes → contract classes.
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
} from '@anthropic-ai/sdk';
import { ProviderError, type TProviderErrorClass } from '../errors';
import { headerLookup, parseRetryAfterMs } from '../reliability/retry-after';
import { classifyHttpStatus, isContentFilterError, isContextLengthError } from './shared/classify';
import { mapTransportError } from './shared/transport-errors';

/** Error types of the API's error envelope; an `error` event inside a stream carries only this, no status. */
const classByErrorType: Record<string, TProviderErrorClass> = {
  authentication_error: 'authentication',
  permission_error: 'authentication',
  rate_limit_error: 'rate_limited',
  overloaded_error: 'overloaded',
  timeout_error: 'timeout',
  api_error: 'provider_error',
  not_found_error: 'invalid_request',
  billing_error: 'invalid_request',
};

function classifyStreamedError(
  type: string | null,
  detail: { code?: string | null; message?: string | null },
) {
  if (type === 'invalid_request_error') {
    if (isContextLengthError(detail)) {
      return 'context_length_exceeded';
    }
    return isContentFilterError(detail) ? 'content_filtered' : 'invalid_request';
  }
  return (type ? classByErrorType[type] : undefined) ?? 'provider_error';
}

export function mapAnthropicError(error: unknown): ProviderError {
  const provider = 'anthropic';
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
    const detail = { code: error.errorCode ?? error.type, message: error.apiMessage ?? error.message };
    const errorClass =
      error.status === undefined
        ? classifyStreamedError(error.type, detail)
        : classifyHttpStatus(error.status, detail);
    return new ProviderError({
      errorClass,
      message: error.apiMessage ?? error.message,
      provider,
      status: error.status,
      requestId: error.requestID ?? undefined,
      retryAfterMs: error.headers ? parseRetryAfterMs(headerLookup(error.headers)) : undefined,
      raw: error,
    });
  }
  return mapTransportError(error, provider);
}
