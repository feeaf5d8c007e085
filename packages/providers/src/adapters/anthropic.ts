// Anthropic Messages through the official SDK, streaming via its raw server-sent events.
import Anthropic from '@anthropic-ai/sdk';
import type { MessageDeltaUsage, StopReason, Usage } from '@anthropic-ai/sdk/resources/messages/messages';
import { ProviderError } from '../errors';
import { executeReliably, type TAttemptContext } from '../reliability/execute';
import { resolveReliabilityPolicy } from '../reliability/policy';
import type { TCallOptions, TChatRequest, TChatResult, TConnectionConfig, TProviderAdapter } from '../types';
import { mapAnthropicError } from './anthropic-errors';
import {
  fromAnthropicStopReason,
  fromAnthropicUsage,
  mergeAnthropicStreamUsage,
  toAnthropicParams,
} from './anthropic-mapping';
import { trimTrailingSlashes } from './shared/base-url';
import { type TCompletion, toChatResult } from './shared/completion';
import { incompleteStreamError } from './shared/transport-errors';

const ANTHROPIC_BASE_URL = 'https://api.anthropic.com';

function createClient(connection: TConnectionConfig, timeoutMs: number): Anthropic {
  if (!connection.apiKey) {
    throw new ProviderError({
      errorClass: 'authentication',
      message: 'An anthropic connection needs an apiKey',
      provider: 'anthropic',
    });
  }
  return new Anthropic({
    apiKey: connection.apiKey,
    baseURL: trimTrailingSlashes(connection.baseUrl ?? ANTHROPIC_BASE_URL),
    maxRetries: 0,
    timeout: timeoutMs,
  });
}

export function createAnthropicAdapter(connection: TConnectionConfig): TProviderAdapter {
  const policy = resolveReliabilityPolicy(connection, mapAnthropicError);
  const client = createClient(connection, policy.timeoutMs);

  async function completeOnce(request: TChatRequest, context: TAttemptContext): Promise<TCompletion> {
    const { params, warnings } = toAnthropicParams(request);
    const { data, request_id } = await client.messages
      .create({ ...params, stream: false }, { signal: context.signal })
      .withResponse();
    const text = data.content.map((block) => (block.type === 'text' ? block.text : '')).join('');
    return {
      text,
      finishReason: fromAnthropicStopReason(data.stop_reason),
      rawFinishReason: data.stop_reason ?? undefined,
      usage: fromAnthropicUsage(data.usage),
      rawUsage: data.usage,
      requestId: request_id ?? undefined,
      model: data.model,
      warnings,
    };
  }

  async function streamOnce(request: TChatRequest, context: TAttemptContext): Promise<TCompletion> {
    const { params, warnings } = toAnthropicParams(request);
    const { data: stream, request_id } = await client.messages
      .create({ ...params, stream: true }, { signal: context.signal })
      .withResponse();
    const requestId = request_id ?? undefined;
    let text = '';
    let model = request.model;
    let stopReason: StopReason | null = null;
    let startUsage: Usage | undefined;
    let deltaUsage: MessageDeltaUsage | undefined;
    let stopped = false;
    try {
      for await (const event of stream) {
        switch (event.type) {
          case 'message_start':
            model = event.message.model || model;
            startUsage = event.message.usage;
            break;
          case 'content_block_delta':
            if (event.delta.type === 'text_delta') {
              text += event.delta.text;
              context.emitText(event.delta.text);
            }
            break;
          case 'message_delta':
            stopReason = event.delta.stop_reason ?? stopReason;
            deltaUsage = event.usage;
            break;
          case 'message_stop':
            stopped = true;
            break;
        }
      }
    } catch (error) {
      throw mapAnthropicError(error).with({ requestId });
    }
    context.signal.throwIfAborted();
    if (!stopped) {
      throw incompleteStreamError('anthropic').with({ requestId });
    }
    const usage = mergeAnthropicStreamUsage(startUsage, deltaUsage);
    return {
      text,
      finishReason: fromAnthropicStopReason(stopReason),
      rawFinishReason: stopReason ?? undefined,
      usage: fromAnthropicUsage(usage),
      rawUsage: usage,
      requestId,
      model,
      warnings,
    };
  }

  return {
    kind: 'anthropic',
    async complete(request: TChatRequest, options: TCallOptions = {}): Promise<TChatResult> {
      const attempt = options.onTextDelta ? streamOnce : completeOnce;
      const outcome = await executeReliably(policy, options, (context) => attempt(request, context));
      return toChatResult(outcome);
    },
  };
}
