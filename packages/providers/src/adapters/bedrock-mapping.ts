// Pure translation between the contract and the Bedrock Converse API, which gives every Bedrock model family
// (Anthropic, Amazon Nova, Llama, Mistral, Cohere...) one request shape.
import type { ContentBlock, ConverseRequest, StopReason, TokenUsage } from '@aws-sdk/client-bedrock-runtime';
import type { TChatRequest, TFinishReason, TUsage } from '../types';

export interface TBedrockRequestMapping {
  input: ConverseRequest;
  warnings: string[];
}

export function toBedrockConverseInput(request: TChatRequest): TBedrockRequestMapping {
  const warnings: string[] = [];
  const input: ConverseRequest = {
    modelId: request.model,
    messages: request.messages.map((message) => ({
      role: message.role,
      content: [{ text: message.content }],
    })),
  };
  if (request.system !== undefined) {
    input.system = [{ text: request.system }];
  }
  const inferenceConfig: NonNullable<ConverseRequest['inferenceConfig']> = {};
  if (request.maxOutputTokens !== undefined) {
    inferenceConfig.maxTokens = request.maxOutputTokens;
  }
  if (request.temperature !== undefined) {
    inferenceConfig.temperature = request.temperature;
  }
  if (request.topP !== undefined) {
    inferenceConfig.topP = request.topP;
  }
  if (request.stopSequences !== undefined && request.stopSequences.length > 0) {
    inferenceConfig.stopSequences = request.stopSequences;
  }
  if (Object.keys(inferenceConfig).length > 0) {
    input.inferenceConfig = inferenceConfig;
  }
  if (request.seed !== undefined) {
    warnings.push('seed is not supported by the Bedrock Converse API; ignored');
  }
  const format = request.responseFormat;
  if (format?.type === 'json_schema') {
    input.outputConfig = {
      textFormat: {
        type: 'json_schema',
        structure: { jsonSchema: { name: format.name, schema: JSON.stringify(format.schema) } },
      },
    };
  } else if (format?.type === 'json') {
    warnings.push(
      'The Bedrock Converse API has no schema-less JSON mode; use a json_schema response format. Ignored',
    );
  }
  return { input, warnings };
}

export function textOfBedrockContent(content: ContentBlock[] | undefined): string {
  return (content ?? []).map((block) => block.text ?? '').join('');
}

export function fromBedrockUsage(usage: TokenUsage | undefined): TUsage {
  if (!usage) {
    return {};
  }
  // inputTokens excludes cache reads and cache writes, which are prompt tokens too.
  const cacheRead = usage.cacheReadInputTokens;
  const cacheWrite = usage.cacheWriteInputTokens;
  return {
    inputTokens:
      usage.inputTokens === undefined ? undefined : usage.inputTokens + (cacheRead ?? 0) + (cacheWrite ?? 0),
    outputTokens: usage.outputTokens,
    cachedInputTokens: cacheRead,
    cacheWriteTokens: cacheWrite,
  };
}

export function fromBedrockStopReason(reason: StopReason | string | undefined): TFinishReason {
  switch (reason) {
    case 'end_turn':
    case 'stop_sequence':
      return 'stop';
    case 'max_tokens':
    case 'model_context_window_exceeded':
      return 'length';
    case 'content_filtered':
    case 'guardrail_intervened':
      return 'content_filter';
    case 'tool_use':
      return 'tool_calls';
    case 'malformed_model_output':
    case 'malformed_tool_use':
      return 'error';
    default:
      return 'other';
  }
}
