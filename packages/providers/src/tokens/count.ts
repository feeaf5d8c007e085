// Token counts for predicting a call's cost before making it. OpenAI models are counted exactly with their
// tiktoken encoding; other providers do not publish their tokenizers, so their counts are estimates derived
// from a tiktoken count (exact counts there need the provider's own count-tokens API).
import type { TProviderKind } from '../types';
import { encodeCount, hasEncoder, type TTokenEncoding } from './encoders';
import { countInWorker } from './pool';

export interface TTokenCountOptions {
  provider: TProviderKind;
  model: string;
}

export interface TTokenCount {
  tokens: number;
  /** False only when the count uses the model's own tokenizer. */
  isEstimate: boolean;
  /** How the count was made, e.g. "tiktoken:o200k_base" or "estimate:o200k_base*1.2". */
  method: string;
}

interface TCountPlan {
  encoding: TTokenEncoding;
  /** Multiplier in percent applied to the tiktoken count, rounded up. */
  factorPercent: number;
  isEstimate: boolean;
}

// Estimation factors. Each multiplies a tiktoken count and rounds up, erring high so a predicted cost is not
// optimistic.
/**
 * Claude (Anthropic API and Bedrock "anthropic.*"): the tokenizer is unpublished (Anthropic's count_tokens
 * endpoint gives exact counts); comparisons put Claude's counts roughly 10–30% above OpenAI's tokenizers on
 * English prose and code, so o200k × 1.2.
 */
const CLAUDE: TCountPlan = { encoding: 'o200k_base', factorPercent: 120, isEstimate: true };
/**
 * Gemini: a SentencePiece tokenizer with a ~256k vocabulary, about as dense as o200k on English (Google: ~4
 * characters per token), but it splits numbers into single digits, so o200k × 1.1.
 */
const GEMINI: TCountPlan = { encoding: 'o200k_base', factorPercent: 110, isEstimate: true };
/**
 * Llama (Bedrock "meta.*"): Llama 3's 128k vocabulary is cl100k_base plus 28k tokens, and Llama 4's is larger,
 * so a cl100k count is a close upper bound.
 */
const LLAMA: TCountPlan = { encoding: 'cl100k_base', factorPercent: 100, isEstimate: true };
/**
 * Anything else (Amazon Nova/Titan, Mistral, local models behind OpenAI-compatible servers): tokenizers range
 * from 32k-vocabulary SentencePiece (older Mistral models, noticeably more tokens than o200k) to tiktoken-like
 * 130k+ vocabularies (Mistral Tekken, Qwen) that are close to it, so o200k × 1.15 as a middle, slightly high guess.
 */
const GENERIC: TCountPlan = { encoding: 'o200k_base', factorPercent: 115, isEstimate: true };

/** OpenAI's encodings: cl100k_base up to GPT-4 Turbo, GPT-3.5 and the embedding models; o200k_base since GPT-4o. */
function openAiEncoding(model: string): TTokenEncoding {
  const name = model
    .trim()
    .toLowerCase()
    .replace(/^openai\//, '')
    .replace(/^ft:/, '');
  return /^(?:gpt-4(?:-|$)|gpt-3\.5|gpt-35|text-embedding-)/.test(name) ? 'cl100k_base' : 'o200k_base';
}

const OPENAI_MODEL_NAME = /^(?:openai\/)?(?:ft:)?(?:gpt-|chatgpt-|o\d|text-embedding-)/i;

function planFor({ provider, model }: TTokenCountOptions): TCountPlan {
  switch (provider) {
    case 'openai':
      return { encoding: openAiEncoding(model), factorPercent: 100, isEstimate: false };
    case 'openai_compatible':
      // The server may serve anything under an OpenAI name, so even then the count is only an estimate.
      return OPENAI_MODEL_NAME.test(model.trim())
        ? { encoding: openAiEncoding(model), factorPercent: 100, isEstimate: true }
        : GENERIC;
    case 'anthropic':
      return CLAUDE;
    case 'gemini':
      return GEMINI;
    case 'bedrock':
      // Bedrock ids name the vendor, possibly behind a region prefix or an ARN: us.anthropic.claude-….
      return /(?:^|[./])anthropic\.claude/i.test(model)
        ? CLAUDE
        : /(?:^|[./])meta\.llama/i.test(model)
          ? LLAMA
          : GENERIC;
    case 'emulated':
      // The emulator's usage numbers are its own; an unscaled o200k count is the nearest stand-in.
      return { encoding: 'o200k_base', factorPercent: 100, isEstimate: true };
  }
}

function finish(plan: TCountPlan, rawTokens: number): TTokenCount {
  const scaled = plan.factorPercent === 100 ? rawTokens : Math.ceil((rawTokens * plan.factorPercent) / 100);
  const method = plan.isEstimate
    ? `estimate:${plan.encoding}${plan.factorPercent === 100 ? '' : `*${plan.factorPercent / 100}`}`
    : `tiktoken:${plan.encoding}`;
  return { tokens: scaled, isEstimate: plan.isEstimate, method };
}

export function countTokens(text: string, options: TTokenCountOptions): TTokenCount {
  const plan = planFor(options);
  return finish(plan, encodeCount(text, plan.encoding));
}

/** Texts above this many UTF-16 code units go to a worker thread; inline they would take ~5–10 ms. */
const INLINE_LIMIT_CHARS = 32 * 1024;

function countRawAsync(text: string, encoding: TTokenEncoding): Promise<number> {
  // Building an encoder blocks for ~300 ms, so small texts also go to the worker until this thread has one.
  if (text.length <= INLINE_LIMIT_CHARS && hasEncoder(encoding)) {
    return Promise.resolve(encodeCount(text, encoding));
  }
  return countInWorker(text, encoding);
}

/** Like countTokens, without blocking the event loop on large texts. */
export async function countTokensAsync(text: string, options: TTokenCountOptions): Promise<TTokenCount> {
  const plan = planFor(options);
  return finish(plan, await countRawAsync(text, plan.encoding));
}

export interface TCountableMessage {
  role: string;
  content: string;
}

/**
 * OpenAI's documented chat framing: each message costs 3 tokens besides its role and content, and every reply
 * is primed with 3 more (the assistant header). Other providers frame messages differently; there the
 * same structure, scaled by the provider factor, stands in.
 */
const TOKENS_PER_MESSAGE = 3;
const TOKENS_PER_REPLY = 3;

function withSystem(messages: readonly TCountableMessage[], system: string | undefined): TCountableMessage[] {
  return system === undefined ? [...messages] : [{ role: 'system', content: system }, ...messages];
}

/** Prompt tokens of a chat request: the messages, the optional system prompt and the chat framing. */
export function countChatTokens(
  messages: readonly TCountableMessage[],
  system: string | undefined,
  options: TTokenCountOptions,
): TTokenCount {
  const plan = planFor(options);
  let raw = TOKENS_PER_REPLY;
  for (const message of withSystem(messages, system)) {
    raw +=
      TOKENS_PER_MESSAGE +
      encodeCount(message.role, plan.encoding) +
      encodeCount(message.content, plan.encoding);
  }
  return finish(plan, raw);
}

/** Like countChatTokens, counting large message contents in the worker pool. */
export async function countChatTokensAsync(
  messages: readonly TCountableMessage[],
  system: string | undefined,
  options: TTokenCountOptions,
): Promise<TTokenCount> {
  const plan = planFor(options);
  const all = withSystem(messages, system);
  const counts = await Promise.all(
    all.flatMap((message) => [
      countRawAsync(message.role, plan.encoding),
      countRawAsync(message.content, plan.encoding),
    ]),
  );
  const raw = counts.reduce((sum, count) => sum + count, TOKENS_PER_REPLY + TOKENS_PER_MESSAGE * all.length);
  return finish(plan, raw);
}
