// @yardstick/providers: one adapter contract over OpenAI, OpenAI-compatible servers, Anthropic, Bedrock,
// Gemini and the Yardstick emulator, plus the model catalog, exact cost and token counting.
export {
  ANTHROPIC_DEFAULT_MAX_TOKENS,
  BEDROCK_DEFAULT_REGION,
  createProviderAdapter,
  DEFAULT_EMULATOR_URL,
} from './adapters';
export * from './catalog';
export * from './cost';
export {
  isProviderError,
  isRetryableErrorClass,
  ProviderError,
  type TProviderErrorClass,
  type TProviderErrorOptions,
} from './errors';
export {
  DEFAULT_MAX_CONCURRENCY,
  DEFAULT_MAX_RETRIES,
  DEFAULT_RETRY_BASE_DELAY_MS,
  DEFAULT_RETRY_MAX_DELAY_MS,
  DEFAULT_TIMEOUT_MS,
  getConnectionConcurrencyStats,
  resetConnectionConcurrencyHighWaterMark,
  type TSemaphoreStats,
} from './reliability';
export * from './tokens';
export {
  type TCallOptions,
  type TChatMessage,
  type TChatRequest,
  type TChatResult,
  type TConnectionConfig,
  type TEmbedOptions,
  type TEmbedResult,
  type TFinishReason,
  type TProviderAdapter,
  type TProviderKind,
  type TResponseFormat,
  type TUsage,
  ZConnectionConfig,
  ZProviderKind,
} from './types';
