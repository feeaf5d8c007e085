// Pure translation between the contract and the Anthropic Messages API (API version 2026-10-21, which the
// SDK sends and which rejects temperature/top_p even at their defaults).
import type {
  MessageCreateParamsBase,
  MessageDeltaUsage,
  StopReason,
  Usage,
} from '@anthropic-ai/sdk/resources/messages/messages';
import type { TChatRequest, TFinishReason, TUsage } from '../types';

/** Anthropic requires max_tokens; this is what an unset maxOutputTokens becomes. */
export const ANTHROPIC_DEFAULT_MAX_TOKENS = 1024;

export interface TAnthropicRequestMapping {
  params: MessageCreateParamsBase;
  warnings: string[];
}

export function toAnthropicParams(request: TChatRequest): TAnthropicRequestMapping {
  const warnings: string[] = [];
  if (request.maxOutputTokens === undefined) {
    warnings.push(
      `Anthropic requires max_tokens; maxOutputTokens was unset, so ${ANTHROPIC_DEFAULT_MAX_TOKENS} was sent`,
    );
  }
  const params: MessageCreateParamsBase = {
    model: request.model,
    max_tokens: request.maxOutputTokens ?? ANTHROPIC_DEFAULT_MAX_TOKENS,
    messages: request.messages.map((message) => ({ role: message.role, content: message.content })),
  };
  if (request.system !== undefined) {
    params.system = request.system;
  }
  if (request.stopSequences !== undefined && request.stopSequences.length > 0) {
    params.stop_sequences = request.stopSequences;
  }
  if (request.temperature !== undefined) {
    warnings.push('temperature is not supported by the Anthropic Messages API (version 2026-10-21); ignored');
  }
  if (request.topP !== undefined) {
    warnings.push('topP is not supported by the Anthropic Messages API (version 2026-10-21); ignored');
  }
  if (request.seed !== undefined) {
    warnings.push('seed is not supported by Anthropic; ignored');
  }
  const format = request.responseFormat;
  if (format?.type === 'json_schema') {
    params.output_config = { format: { type: 'json_schema', schema: format.schema } };
  } else if (format?.type === 'json') {
    warnings.push('Anthropic has no schema-less JSON mode; use a json_schema response format. Ignored');
  }
  return { params, warnings };
}

type TAnthropicUsageFields = Pick<Usage, 'cache_creation_input_tokens' | 'cache_read_input_tokens'> & {
  input_tokens: number | null;
  output_tokens: number | null;
  output_tokens_details?: Usage['output_tokens_details'];
};

export function fromAnthropicUsage(usage: TAnthropicUsageFields | null | undefined): TUsage {
  if (!usage) {
    return {};
  }
  // input_tokens excludes both cache reads and cache writes, which are billed as prompt tokens too.
  const cacheRead = usage.cache_read_input_tokens ?? undefined;
  const cacheWrite = usage.cache_creation_input_tokens ?? undefined;
  const inputTokens =
    usage.input_tokens === null ? undefined : usage.input_tokens + (cacheRead ?? 0) + (cacheWrite ?? 0);
  return {
    inputTokens,
    outputTokens: usage.output_tokens ?? undefined,
    cachedInputTokens: cacheRead,
    cacheWriteTokens: cacheWrite,
    reasoningTokens: usage.output_tokens_details?.thinking_tokens ?? undefined,
  };
}

/** A stream reports usage in message_start and updates it, cumulatively, in message_delta. */
export function mergeAnthropicStreamUsage(start: Usage | undefined, delta: MessageDeltaUsage | undefined) {
  if (!start) {
    return delta;
  }
  if (!delta) {
    return start;
  }
  return {
    ...start,
    input_tokens: delta.input_tokens ?? start.input_tokens,
    output_tokens: delta.output_tokens,
    cache_creation_input_tokens: delta.cache_creation_input_tokens ?? start.cache_creation_input_tokens,
    cache_read_input_tokens: delta.cache_read_input_tokens ?? start.cache_read_input_tokens,
    output_tokens_details: delta.output_tokens_details ?? start.output_tokens_details,
  };
}

export function fromAnthropicStopReason(reason: StopReason | string | null | undefined): TFinishReason {
  switch (reason) {
    case 'end_turn':
    case 'stop_sequence':
      return 'stop';
    case 'max_tokens':
    case 'model_context_window_exceeded':
      return 'length';
    case 'tool_use':
      return 'tool_calls';
    case 'refusal':
      return 'content_filter';
    default:
      return 'other';
  }
}
