// Pure translation between the contract and OpenAI Chat Completions, shared by the openai, openai_compatible
// and emulated kinds.
import type {
  ChatCompletionCreateParamsBase,
  ChatCompletionMessageParam,
} from 'openai/resources/chat/completions';
import type { CompletionUsage } from 'openai/resources/completions';
import type { TChatRequest, TFinishReason, TProviderKind, TUsage } from '../types';

export interface TOpenAIRequestMapping {
  params: ChatCompletionCreateParamsBase;
  warnings: string[];
}

export function toOpenAIChatParams(request: TChatRequest, kind: TProviderKind): TOpenAIRequestMapping {
  const warnings: string[] = [];
  const messages: ChatCompletionMessageParam[] = [];
  if (request.system !== undefined) {
    messages.push({ role: 'system', content: request.system });
  }
  for (const message of request.messages) {
    messages.push({ role: message.role, content: message.content });
  }
  const params: ChatCompletionCreateParamsBase = { model: request.model, messages };
  if (request.temperature !== undefined) {
    params.temperature = request.temperature;
  }
  if (request.topP !== undefined) {
    params.top_p = request.topP;
  }
  if (request.seed !== undefined) {
    params.seed = request.seed;
  }
  if (request.stopSequences !== undefined && request.stopSequences.length > 0) {
    params.stop = request.stopSequences;
  }
  if (request.maxOutputTokens !== undefined) {
    // OpenAI replaced max_tokens (rejected by reasoning models); local OpenAI-compatible servers mostly
    // still only read max_tokens.
    if (kind === 'openai_compatible') {
      params.max_tokens = request.maxOutputTokens;
    } else {
      params.max_completion_tokens = request.maxOutputTokens;
    }
  }
  const format = request.responseFormat;
  if (format?.type === 'json') {
    params.response_format = { type: 'json_object' };
  } else if (format?.type === 'json_schema') {
    params.response_format = {
      type: 'json_schema',
      json_schema: { name: toSchemaName(format.name), schema: format.schema },
    };
  }
  return { params, warnings };
}

/** OpenAI only accepts [a-zA-Z0-9_-]{1,64} as a schema name. */
function toSchemaName(name: string): string {
  const cleaned = name.replace(/[^a-zA-Z0-9_-]/g, '_').slice(0, 64);
  return cleaned.length > 0 ? cleaned : 'response';
}

export function fromOpenAIUsage(usage: CompletionUsage | null | undefined): TUsage {
  if (!usage) {
    return {};
  }
  // prompt_tokens already includes cached tokens, completion_tokens already includes reasoning tokens.
  return {
    inputTokens: usage.prompt_tokens,
    outputTokens: usage.completion_tokens,
    cachedInputTokens: usage.prompt_tokens_details?.cached_tokens,
    cacheWriteTokens: usage.prompt_tokens_details?.cache_write_tokens,
    reasoningTokens: usage.completion_tokens_details?.reasoning_tokens,
  };
}

export function fromOpenAIFinishReason(reason: string | null | undefined): TFinishReason {
  switch (reason) {
    case 'stop':
      return 'stop';
    case 'length':
      return 'length';
    case 'content_filter':
      return 'content_filter';
    case 'tool_calls':
    case 'function_call':
      return 'tool_calls';
    default:
      return 'other';
  }
}
