// OpenAI Chat Completions and Embeddings through the official SDK. The same wire format serves local
// OpenAI-compatible servers (Ollama, vLLM, LM Studio, llama.cpp) and the Yardstick emulator.
import OpenAI from 'openai';
import type { ChatCompletionChunk } from 'openai/resources/chat/completions';
import type { CompletionUsage } from 'openai/resources/completions';
import { ProviderError } from '../errors';
import { executeReliably, type TAttemptContext } from '../reliability/execute';
import { resolveReliabilityPolicy } from '../reliability/policy';
import type {
  TCallOptions,
  TChatRequest,
  TChatResult,
  TConnectionConfig,
  TEmbedOptions,
  TEmbedResult,
  TProviderAdapter,
} from '../types';
import { mapOpenAIError } from './openai-errors';
import { fromOpenAIFinishReason, fromOpenAIUsage, toOpenAIChatParams } from './openai-mapping';
import { DEFAULT_EMULATOR_URL, trimTrailingSlashes } from './shared/base-url';
import { type TCompletion, toChatResult } from './shared/completion';
import { incompleteStreamError } from './shared/transport-errors';

const OPENAI_BASE_URL = 'https://api.openai.com/v1';

function resolveBaseUrl(connection: TConnectionConfig): string {
  switch (connection.kind) {
    case 'emulated':
      return `${trimTrailingSlashes(connection.baseUrl ?? DEFAULT_EMULATOR_URL)}/v1`;
    case 'openai_compatible':
      if (!connection.baseUrl) {
        throw new ProviderError({
          errorClass: 'invalid_request',
          message: 'An openai_compatible connection needs a baseUrl',
          provider: connection.kind,
        });
      }
      return trimTrailingSlashes(connection.baseUrl);
    default:
      return trimTrailingSlashes(connection.baseUrl ?? OPENAI_BASE_URL);
  }
}

function createClient(connection: TConnectionConfig, timeoutMs: number): OpenAI {
  if (connection.kind === 'openai' && !connection.apiKey) {
    throw new ProviderError({
      errorClass: 'authentication',
      message: 'An openai connection needs an apiKey',
      provider: connection.kind,
    });
  }
  return new OpenAI({
    // The SDK insists on a credential; keyless local servers get a placeholder and no Authorization header.
    apiKey: connection.apiKey ?? 'no-api-key',
    defaultHeaders: connection.apiKey ? undefined : { Authorization: null },
    baseURL: resolveBaseUrl(connection),
    // Explicit nulls keep OPENAI_* environment variables from leaking into a configured connection.
    adminAPIKey: null,
    organization: null,
    project: null,
    maxRetries: 0,
    timeout: timeoutMs,
  });
}

export function createOpenAIAdapter(connection: TConnectionConfig): TProviderAdapter {
  const provider = connection.kind;
  const policy = resolveReliabilityPolicy(connection, (error) => mapOpenAIError(error, provider));
  const client = createClient(connection, policy.timeoutMs);

  async function completeOnce(request: TChatRequest, context: TAttemptContext): Promise<TCompletion> {
    const { params, warnings } = toOpenAIChatParams(request, provider);
    const { data, request_id } = await client.chat.completions
      .create({ ...params, stream: false }, { signal: context.signal })
      .withResponse();
    const choice = data.choices[0];
    const refusal = choice?.message.refusal ?? undefined;
    return {
      text: choice?.message.content ?? refusal ?? '',
      finishReason: refusal ? 'content_filter' : fromOpenAIFinishReason(choice?.finish_reason),
      rawFinishReason: choice?.finish_reason ?? undefined,
      usage: fromOpenAIUsage(data.usage),
      rawUsage: data.usage,
      requestId: request_id ?? undefined,
      model: data.model,
      warnings,
    };
  }

  async function streamOnce(request: TChatRequest, context: TAttemptContext): Promise<TCompletion> {
    const { params, warnings } = toOpenAIChatParams(request, provider);
    const { data: stream, request_id } = await client.chat.completions
      .create(
        { ...params, stream: true, stream_options: { include_usage: true } },
        { signal: context.signal },
      )
      .withResponse();
    const requestId = request_id ?? undefined;
    let text = '';
    let refusal = '';
    let model = request.model;
    let rawFinishReason: ChatCompletionChunk.Choice['finish_reason'] = null;
    let usage: CompletionUsage | null | undefined;
    try {
      for await (const chunk of stream) {
        model = chunk.model || model;
        usage = chunk.usage ?? usage;
        const choice = chunk.choices[0];
        if (choice?.delta.content) {
          text += choice.delta.content;
          context.emitText(choice.delta.content);
        }
        if (choice?.delta.refusal) {
          refusal += choice.delta.refusal;
        }
        rawFinishReason = choice?.finish_reason ?? rawFinishReason;
      }
    } catch (error) {
      throw mapOpenAIError(error, provider).with({ requestId });
    }
    context.signal.throwIfAborted();
    if (rawFinishReason === null) {
      throw incompleteStreamError(provider).with({ requestId });
    }
    return {
      text: text || refusal,
      finishReason: refusal ? 'content_filter' : fromOpenAIFinishReason(rawFinishReason),
      rawFinishReason,
      usage: fromOpenAIUsage(usage),
      rawUsage: usage ?? undefined,
      requestId,
      model,
      warnings,
    };
  }

  return {
    kind: provider,
    async complete(request: TChatRequest, options: TCallOptions = {}): Promise<TChatResult> {
      const attempt = options.onTextDelta ? streamOnce : completeOnce;
      const outcome = await executeReliably(policy, options, (context) => attempt(request, context));
      return toChatResult(outcome);
    },
    async embed(texts: string[], options: TEmbedOptions): Promise<TEmbedResult> {
      const outcome = await executeReliably(policy, { signal: options.signal }, (context) =>
        client.embeddings.create(
          { model: options.model, input: texts, encoding_format: 'float' },
          { signal: context.signal },
        ),
      );
      const ordered = [...outcome.value.data].sort((left, right) => left.index - right.index);
      return {
        embeddings: ordered.map((item) => item.embedding),
        usage: { inputTokens: outcome.value.usage?.prompt_tokens },
        latencyMs: outcome.latencyMs,
      };
    },
  };
}
