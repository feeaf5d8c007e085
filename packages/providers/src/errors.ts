// One error type for every provider, classified so callers (and the retry policy) never inspect SDK errors.
import type { TProviderKind } from './types';

export type TProviderErrorClass =
  | 'authentication'
  | 'rate_limited'
  | 'overloaded'
  | 'context_length_exceeded'
  | 'invalid_request'
  | 'content_filtered'
  | 'timeout'
  | 'network'
  | 'aborted'
  | 'provider_error';

const retryableErrorClasses: ReadonlySet<TProviderErrorClass> = new Set([
  'rate_limited',
  'overloaded',
  'timeout',
  'network',
  'provider_error',
]);

export function isRetryableErrorClass(errorClass: TProviderErrorClass): boolean {
  return retryableErrorClasses.has(errorClass);
}

export interface TProviderErrorOptions {
  errorClass: TProviderErrorClass;
  message: string;
  provider: TProviderKind;
  retryAfterMs?: number;
  status?: number;
  requestId?: string;
  raw?: unknown;
  /** Text already streamed to the caller when a stream broke; such a call is never retried. */
  partialText?: string;
}

export class ProviderError extends Error {
  override readonly name = 'ProviderError';
  readonly errorClass: TProviderErrorClass;
  /** Whether the error class is worth retrying (the call itself may already have used its retries). */
  readonly isRetryable: boolean;
  readonly retryAfterMs?: number;
  readonly status?: number;
  readonly requestId?: string;
  readonly provider: TProviderKind;
  readonly raw?: unknown;
  readonly partialText?: string;

  constructor(options: TProviderErrorOptions) {
    super(options.message, { cause: options.raw });
    this.errorClass = options.errorClass;
    this.isRetryable = isRetryableErrorClass(options.errorClass);
    this.retryAfterMs = options.retryAfterMs;
    this.status = options.status;
    this.requestId = options.requestId;
    this.provider = options.provider;
    this.raw = options.raw;
    this.partialText = options.partialText;
  }

  /** A copy carrying extra facts learnt after the error was first mapped. */
  with(overrides: Partial<Omit<TProviderErrorOptions, 'errorClass' | 'provider'>>): ProviderError {
    return new ProviderError({
      errorClass: this.errorClass,
      message: this.message,
      provider: this.provider,
      retryAfterMs: this.retryAfterMs,
      status: this.status,
      requestId: this.requestId,
      raw: this.raw,
      partialText: this.partialText,
      ...overrides,
    });
  }
}

export function isProviderError(value: unknown): value is ProviderError {
  return value instanceof ProviderError;
}
