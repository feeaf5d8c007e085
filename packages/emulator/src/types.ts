export const PROVIDERS = ['openai', 'anthropic', 'bedrock', 'gemini'] as const;
export type Provider = (typeof PROVIDERS)[number];

export const FAULT_KINDS = [
  'rate_limited',
  'server_error',
  'overloaded',
  'timeout',
  'stream_cut',
  'malformed',
  'context_length_exceeded',
  'invalid_request',
  'authentication',
  'content_filtered',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface EmulatorLatency {
  timeToFirstTokenMs: number;
  /** Output pacing; 0 (or less) means "as fast as possible". */
  tokensPerSecond: number;
}

export interface EmulatorFault {
  kind: FaultKind;
  provider?: Provider;
  model?: string;
  count?: number;
  retryAfterSeconds?: number;
  afterChunks?: number;
}

/** The faults that are answered with a provider error (status + body, or an in-stream error event). */
export type ErrorKind =
  | 'rate_limited'
  | 'server_error'
  | 'overloaded'
  | 'context_length_exceeded'
  | 'invalid_request'
  | 'authentication'
  | 'not_found';

export interface ProviderError {
  kind: ErrorKind;
  retryAfterSeconds: number;
  /** Overrides the provider's stock message (e.g. to say which field is invalid). */
  message?: string;
  /** Filled for context_length_exceeded so messages can quote the numbers like the real APIs do. */
  tokens?: { requested: number; limit: number };
}

export interface ChatMessage {
  role: 'user' | 'assistant';
  text: string;
}

/** A chat request normalized across the four wire formats. */
export interface ChatRequest {
  model: string;
  system: string;
  messages: ChatMessage[];
  maxTokens: number | undefined;
  stopSequences: string[];
  stream: boolean;
  /** The request asks for a cache write (Anthropic cache_control, Bedrock cachePoint). */
  cacheMarked: boolean;
}

export type FinishReason = 'stop' | 'length' | 'stop_sequence' | 'content_filter';

export interface Completion {
  text: string;
  /** Token pieces of `text`; their concatenation is `text`. Also the streaming chunk boundaries. */
  pieces: string[];
  finishReason: FinishReason;
  stopSequence: string | null;
  /** Every input token, cached or not. */
  inputTokens: number;
  cacheReadTokens: number;
  cacheWriteTokens: number;
  /** Visible output tokens (pieces.length). */
  outputTokens: number;
  reasoningTokens: number;
}

export interface HttpReply {
  status: number;
  headers: Record<string, string>;
  body: string | Uint8Array;
}

/** An embeddings request normalized across OpenAI and Gemini. */
export interface EmbeddingRequest {
  model: string;
  inputs: string[];
  dimensions: number | undefined;
  inputTokens: number;
}
