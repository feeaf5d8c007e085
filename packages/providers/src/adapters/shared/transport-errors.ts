// Failures below the provider's API: sockets, DNS, truncated bodies and unparseable JSON. Every SDK surfaces
// these as plain Node/undici errors, so one mapping serves them all.
import { ProviderError } from '../../errors';
import type { TProviderKind } from '../../types';

const networkCodes = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ERR_HTTP2_STREAM_ERROR',
  'ERR_HTTP2_SESSION_ERROR',
  'ERR_HTTP2_GOAWAY_SESSION',
  'ERR_HTTP2_INVALID_SESSION',
  'ERR_STREAM_PREMATURE_CLOSE',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_CONNECT_TIMEOUT',
]);
const networkWording =
  /\bfetch failed\b|\bterminated\b|\bsocket hang up\b|\bother side closed\b|\bpremature close\b|\bnetwork error\b|\bNGHTTP2_[A-Z_]+\b/i;

function errorChain(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let current = error; current !== undefined && current !== null && chain.length < 5; ) {
    chain.push(current);
    current = (current as { cause?: unknown }).cause;
  }
  return chain;
}

export function isNetworkFailure(error: unknown): boolean {
  return errorChain(error).some((link) => {
    const code = (link as { code?: unknown }).code;
    const message = (link as { message?: unknown }).message;
    return (
      (typeof code === 'string' && networkCodes.has(code)) ||
      (typeof message === 'string' && networkWording.test(message))
    );
  });
}

export function isMalformedResponse(error: unknown): boolean {
  return errorChain(error).some(
    (link) =>
      link instanceof SyntaxError ||
      /\bJSON\b|Unexpected token|\bchecksum\b|deseriali[sz]ation/i.test(
        (link as { message?: string }).message ?? '',
      ),
  );
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The fallback of every provider table: network, malformed body, or an unexplained provider error. */
export function mapTransportError(error: unknown, provider: TProviderKind): ProviderError {
  // A body that arrived but does not parse is checked first: JSON errors can mention words like "Unterminated".
  if (isMalformedResponse(error)) {
    return new ProviderError({
      errorClass: 'provider_error',
      message: `Malformed response: ${messageOf(error)}`,
      provider,
      raw: error,
    });
  }
  if (isNetworkFailure(error)) {
    return new ProviderError({ errorClass: 'network', message: messageOf(error), provider, raw: error });
  }
  return new ProviderError({ errorClass: 'provider_error', message: messageOf(error), provider, raw: error });
}

/** A stream that closed without its final event lost its connection mid-answer. */
export function incompleteStreamError(provider: TProviderKind): ProviderError {
  return new ProviderError({
    errorClass: 'network',
    message: 'The stream ended before the response was complete',
    provider,
  });
}
