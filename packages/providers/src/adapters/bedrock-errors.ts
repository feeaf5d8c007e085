// The Bedrock runtime's modelled exceptions (by name, as the AWS SDK reports them) → contract classes.
import { ProviderError, type TProviderErrorClass } from '../errors';
import { headerLookup, parseRetryAfterMs } from '../reliability/retry-after';
import { classifyHttpStatus, isContentFilterError, isContextLengthError } from './shared/classify';
import { isMalformedResponse, mapTransportError, messageOf } from './shared/transport-errors';

const classByExceptionName: Record<string, TProviderErrorClass> = {
  AccessDeniedException: 'authentication',
  UnrecognizedClientException: 'authentication',
  InvalidSignatureException: 'authentication',
  ExpiredTokenException: 'authentication',
  IncompleteSignature: 'authentication',
  MissingAuthenticationTokenException: 'authentication',
  ThrottlingException: 'rate_limited',
  ServiceQuotaExceededException: 'rate_limited',
  TooManyRequestsException: 'rate_limited',
  ServiceUnavailableException: 'overloaded',
  ModelNotReadyException: 'overloaded',
  ModelTimeoutException: 'timeout',
  ResourceNotFoundException: 'invalid_request',
  ConflictException: 'invalid_request',
  InternalServerException: 'provider_error',
  ModelErrorException: 'provider_error',
  ModelStreamErrorException: 'provider_error',
};

interface TAwsServiceError {
  name: string;
  message: string;
  $metadata?: { httpStatusCode?: number; requestId?: string };
  $response?: { statusCode?: number; headers?: Record<string, string> };
}

function isAwsServiceError(error: unknown): error is TAwsServiceError {
  return error instanceof Error && ('$metadata' in error || '$fault' in error);
}

/** Modelled exceptions by name; anything else by its HTTP status. */
function classify(error: TAwsServiceError, status: number | undefined): TProviderErrorClass {
  if (error.name === 'ValidationException') {
    if (isContextLengthError({ message: error.message })) {
      return 'context_length_exceeded';
    }
    return isContentFilterError({ message: error.message }) ? 'content_filtered' : 'invalid_request';
  }
  return (
    classByExceptionName[error.name] ??
    classifyHttpStatus(status ?? 500, { code: error.name, message: error.message })
  );
}

export function mapBedrockError(error: unknown): ProviderError {
  const provider = 'bedrock';
  if (error instanceof ProviderError) {
    return error;
  }
  if (error instanceof Error && error.name === 'AbortError') {
    return new ProviderError({ errorClass: 'aborted', message: error.message, provider, raw: error });
  }
  if (error instanceof Error && error.name === 'TimeoutError') {
    return new ProviderError({ errorClass: 'timeout', message: error.message, provider, raw: error });
  }
  if (isAwsServiceError(error)) {
    const status = error.$metadata?.httpStatusCode ?? error.$response?.statusCode;
    const modelled = error.name === 'ValidationException' || error.name in classByExceptionName;
    if (!modelled && status === undefined) {
      // The SDK stamps $metadata on transport failures too; without a status no response ever came.
      return mapTransportError(error, provider).with({ requestId: error.$metadata?.requestId });
    }
    // A body the SDK could not deserialize is the provider's fault, whatever status came with it.
    const malformed = !modelled && isMalformedResponse(error);
    return new ProviderError({
      errorClass: malformed ? 'provider_error' : classify(error, status),
      message: messageOf(error),
      provider,
      status,
      requestId: error.$metadata?.requestId,
      retryAfterMs: parseRetryAfterMs(headerLookup(error.$response?.headers)),
      raw: error,
    });
  }
  return mapTransportError(error, provider);
}
