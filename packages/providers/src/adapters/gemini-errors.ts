// The Gemini SDK's ApiError (an HTTP status plus the JSON error envelope as its message) → contract classes.
import { ApiError, type GenerateContentResponse } from '@google/genai';
import { ProviderError, type TProviderErrorClass } from '../errors';
import { parseDurationMs, parseRetryAfterMs, type THeaderLookup } from '../reliability/retry-after';
import { classifyHttpStatus } from './shared/classify';
import { mapTransportError } from './shared/transport-errors';

interface TGoogleErrorEnvelope {
  error?: {
    code?: number;
    message?: string;
    status?: string;
    details?: Array<{ '@type'?: string; reason?: string; retryDelay?: string }>;
  };
}

/** The SDK puts the response body in the message, sometimes after a "got status: ..." prefix. */
function parseEnvelope(message: string): TGoogleErrorEnvelope {
  const start = message.indexOf('{');
  if (start < 0) {
    return {};
  }
  try {
    return JSON.parse(message.slice(start)) as TGoogleErrorEnvelope;
  } catch {
    return {};
  }
}

function classify(status: number, envelope: TGoogleErrorEnvelope): TProviderErrorClass {
  const error = envelope.error;
  // An invalid key is a 400 INVALID_ARGUMENT on the Gemini API, told apart only by its reason.
  const invalidKey =
    error?.details?.some((detail) => detail.reason === 'API_KEY_INVALID') ||
    /API key not valid/i.test(error?.message ?? '');
  if (invalidKey) {
    return 'authentication';
  }
  return classifyHttpStatus(status, { code: error?.status, message: error?.message });
}

/**
 * Retry delay from the `RetryInfo` detail Google APIs attach to RESOURCE_EXHAUSTED, else from the headers of
 * the failed response (captured by the adapter, since ApiError keeps none).
 */
function retryAfterMs(
  envelope: TGoogleErrorEnvelope,
  headers: THeaderLookup | undefined,
): number | undefined {
  const retryInfo = envelope.error?.details?.find((detail) =>
    detail['@type']?.endsWith('google.rpc.RetryInfo'),
  );
  return parseDurationMs(retryInfo?.retryDelay) ?? (headers ? parseRetryAfterMs(headers) : undefined);
}

export function mapGeminiError(error: unknown, headers?: THeaderLookup): ProviderError {
  const provider = 'gemini';
  if (error instanceof ProviderError) {
    return error;
  }
  if (error instanceof ApiError) {
    const envelope = parseEnvelope(error.message);
    return new ProviderError({
      errorClass: classify(error.status, envelope),
      message: envelope.error?.message ?? error.message,
      provider,
      status: error.status,
      retryAfterMs: retryAfterMs(envelope, headers),
      requestId: headers?.('x-request-id') ?? undefined,
      raw: error,
    });
  }
  return mapTransportError(error, provider);
}

/**
 * A prompt Gemini refuses comes back as a 200 with a block reason and no candidate: a refusal of the request
 * (content_filtered), unlike a candidate stopped by the filter, which is a result with finish reason content_filter.
 */
export function promptBlockedError(response: GenerateContentResponse): ProviderError | undefined {
  const feedback = response.promptFeedback;
  if (feedback?.blockReason === undefined || (response.candidates?.length ?? 0) > 0) {
    return undefined;
  }
  const detail = feedback.blockReasonMessage ? ` (${feedback.blockReasonMessage})` : '';
  return new ProviderError({
    errorClass: 'content_filtered',
    message: `Gemini blocked the prompt: ${feedback.blockReason}${detail}`,
    provider: 'gemini',
    requestId: response.responseId,
    raw: feedback,
  });
}
