// Pure translation between the contract and the Gemini API's generateContent.
import type {
  Candidate,
  Content,
  GenerateContentConfig,
  GenerateContentResponseUsageMetadata,
} from '@google/genai';
import type { TChatRequest, TFinishReason, TUsage } from '../types';

export interface TGeminiRequestMapping {
  contents: Content[];
  config: GenerateContentConfig;
  warnings: string[];
}

export function toGeminiRequest(request: TChatRequest): TGeminiRequestMapping {
  const contents: Content[] = request.messages.map((message) => ({
    role: message.role === 'assistant' ? 'model' : 'user',
    parts: [{ text: message.content }],
  }));
  const config: GenerateContentConfig = {
    // The SDK would otherwise re-send the request itself when a long decode pauses or its stream drops;
    // retries stay with the reliability layer, and an unfinished decode reports finish reason "length".
    automaticContinuation: false,
  };
  if (request.system !== undefined) {
    config.systemInstruction = request.system;
  }
  if (request.temperature !== undefined) {
    config.temperature = request.temperature;
  }
  if (request.topP !== undefined) {
    config.topP = request.topP;
  }
  if (request.maxOutputTokens !== undefined) {
    config.maxOutputTokens = request.maxOutputTokens;
  }
  if (request.stopSequences !== undefined && request.stopSequences.length > 0) {
    config.stopSequences = request.stopSequences;
  }
  if (request.seed !== undefined) {
    config.seed = request.seed;
  }
  const format = request.responseFormat;
  if (format?.type === 'json') {
    config.responseMimeType = 'application/json';
  } else if (format?.type === 'json_schema') {
    config.responseMimeType = 'application/json';
    config.responseJsonSchema = format.schema;
  }
  return { contents, config, warnings: [] };
}

/** The answer's text, leaving out thought summaries. */
export function textOfGeminiCandidate(candidate: Candidate | undefined): string {
  return (candidate?.content?.parts ?? [])
    .filter((part) => !part.thought && typeof part.text === 'string')
    .map((part) => part.text)
    .join('');
}

export function fromGeminiUsage(usage: GenerateContentResponseUsageMetadata | undefined): TUsage {
  if (!usage) {
    return {};
  }
  // promptTokenCount already includes cachedContentTokenCount; tool-use prompt tokens are billed as input but
  // counted apart. Thinking tokens are billed as output but are NOT inside candidatesTokenCount.
  const prompt = usage.promptTokenCount;
  const toolUsePrompt = usage.toolUsePromptTokenCount;
  const candidates = usage.candidatesTokenCount;
  const thoughts = usage.thoughtsTokenCount;
  return {
    inputTokens: prompt === undefined ? undefined : prompt + (toolUsePrompt ?? 0),
    outputTokens:
      candidates === undefined && thoughts === undefined ? undefined : (candidates ?? 0) + (thoughts ?? 0),
    cachedInputTokens: usage.cachedContentTokenCount,
    reasoningTokens: thoughts,
  };
}

const contentFilterReasons = new Set([
  'SAFETY',
  'RECITATION',
  'BLOCKLIST',
  'PROHIBITED_CONTENT',
  'SPII',
  'IMAGE_SAFETY',
  'IMAGE_PROHIBITED_CONTENT',
  'IMAGE_RECITATION',
]);

export function fromGeminiFinishReason(reason: string | undefined): TFinishReason {
  if (reason === 'STOP') {
    return 'stop';
  }
  if (reason === 'MAX_TOKENS' || reason === 'CONTINUATION') {
    return 'length';
  }
  if (reason !== undefined && contentFilterReasons.has(reason)) {
    return 'content_filter';
  }
  if (reason === 'MALFORMED_FUNCTION_CALL') {
    return 'error';
  }
  return 'other';
}
