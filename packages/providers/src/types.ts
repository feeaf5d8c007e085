// The provider contract: one request/result shape for every provider, modelled on the Vercel AI SDK's
// provider spec. Adapters translate to and from each provider's wire format; nothing provider-specific leaks out.
import { z } from 'zod';

export const ZProviderKind = z.enum([
  'openai',
  'openai_compatible',
  'anthropic',
  'bedrock',
  'gemini',
  'emulated',
]);
export type TProviderKind = z.infer<typeof ZProviderKind>;

export const ZConnectionConfig = z.object({
  kind: ZProviderKind,
  apiKey: z.string().min(1).optional(),
  baseUrl: z.url().optional(),
  accessKeyId: z.string().min(1).optional(),
  secretAccessKey: z.string().min(1).optional(),
  sessionToken: z.string().min(1).optional(),
  region: z.string().min(1).optional(),
  /** Per attempt; default 60000. */
  timeoutMs: z.number().int().positive().optional(),
  /** Requests in flight at once on this connection; default 8. */
  maxConcurrency: z.number().int().positive().optional(),
  /** Retries after the first attempt; default 3. */
  maxRetries: z.number().int().min(0).optional(),
  /** Base of the exponential backoff; default 500. Tests shrink it to keep retries fast. */
  retryBaseDelayMs: z.number().min(0).optional(),
  /** Upper bound of any single wait, including a server's retry-after; default 60000. */
  retryMaxDelayMs: z.number().min(0).optional(),
});
export type TConnectionConfig = z.infer<typeof ZConnectionConfig>;

export interface TChatMessage {
  role: 'user' | 'assistant';
  content: string;
}

export type TResponseFormat =
  | { type: 'text' }
  | { type: 'json' }
  | { type: 'json_schema'; name: string; schema: Record<string, unknown> };

export interface TChatRequest {
  model: string;
  system?: string;
  messages: TChatMessage[];
  temperature?: number;
  topP?: number;
  maxOutputTokens?: number;
  stopSequences?: string[];
  seed?: number;
  responseFormat?: TResponseFormat;
}

export type TFinishReason = 'stop' | 'length' | 'content_filter' | 'tool_calls' | 'error' | 'other';

/**
 * Normalized token counts; undefined means the provider did not report it (never 0 for "unknown").
 * `inputTokens` counts ALL prompt tokens, cache reads and cache writes included; `cachedInputTokens` and
 * `cacheWriteTokens` are subsets of it. `outputTokens` includes `reasoningTokens`.
 */
export interface TUsage {
  inputTokens?: number;
  outputTokens?: number;
  cachedInputTokens?: number;
  cacheWriteTokens?: number;
  reasoningTokens?: number;
}

export interface TChatResult {
  text: string;
  finishReason: TFinishReason;
  rawFinishReason?: string;
  usage: TUsage;
  rawUsage?: unknown;
  /** Streaming only: from sending the successful attempt to its first text delta. */
  timeToFirstTokenMs?: number;
  /** Wall time of the successful attempt. */
  latencyMs: number;
  requestId?: string;
  /** The model as the provider reported it. */
  model: string;
  warnings: string[];
  attempts: number;
}

export interface TCallOptions {
  signal?: AbortSignal;
  /** When given, the call streams and this receives each text delta as it arrives. */
  onTextDelta?: (delta: string) => void;
}

export interface TEmbedOptions {
  model: string;
  signal?: AbortSignal;
}

export interface TEmbedResult {
  embeddings: number[][];
  usage: TUsage;
  latencyMs: number;
}

export interface TProviderAdapter {
  readonly kind: TProviderKind;
  complete(request: TChatRequest, options?: TCallOptions): Promise<TChatResult>;
  embed?(texts: string[], options: TEmbedOptions): Promise<TEmbedResult>;
}
