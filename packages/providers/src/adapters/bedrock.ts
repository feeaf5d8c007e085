// Amazon Bedrock through the AWS SDK's Converse and ConverseStream commands (HTTP/2; ConverseStream's event
// stream needs it, and the SDK uses it for both).
import {
  BedrockRuntimeClient,
  type BedrockRuntimeClientConfig,
  ConverseCommand,
  ConverseStreamCommand,
  type StopReason,
  type TokenUsage,
} from '@aws-sdk/client-bedrock-runtime';
import { executeReliably, type TAttemptContext } from '../reliability/execute';
import { resolveReliabilityPolicy } from '../reliability/policy';
import type { TCallOptions, TChatRequest, TChatResult, TConnectionConfig, TProviderAdapter } from '../types';
import { mapBedrockError } from './bedrock-errors';
import {
  fromBedrockStopReason,
  fromBedrockUsage,
  textOfBedrockContent,
  toBedrockConverseInput,
} from './bedrock-mapping';
import { trimTrailingSlashes } from './shared/base-url';
import { type TCompletion, toChatResult } from './shared/completion';
import { incompleteStreamError } from './shared/transport-errors';

export const BEDROCK_DEFAULT_REGION = 'us-east-1';

function clientConfig(connection: TConnectionConfig): BedrockRuntimeClientConfig {
  const config: BedrockRuntimeClientConfig = {
    region: connection.region ?? BEDROCK_DEFAULT_REGION,
    // Retries belong to the reliability layer, which applies one policy to every provider.
    maxAttempts: 1,
  };
  if (connection.baseUrl) {
    config.endpoint = trimTrailingSlashes(connection.baseUrl);
  }
  if (connection.accessKeyId && connection.secretAccessKey) {
    config.credentials = {
      accessKeyId: connection.accessKeyId,
      secretAccessKey: connection.secretAccessKey,
      sessionToken: connection.sessionToken,
    };
  } else if (connection.apiKey) {
    // A Bedrock API key is a bearer token.
    config.token = { token: connection.apiKey };
    config.authSchemePreference = ['httpBearerAuth'];
  }
  // Without either, the SDK's default chain (environment, profile, instance role) supplies credentials.
  return config;
}

/**
 * The AWS SDK warns once per process that its 2027 releases will need Node 22. The variable is the SDK's
 * documented switch for it; an operator who set it either way keeps their choice.
 */
function silenceNodeVersionWarning(): void {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
}

export function createBedrockAdapter(connection: TConnectionConfig): TProviderAdapter {
  const policy = resolveReliabilityPolicy(connection, mapBedrockError);
  silenceNodeVersionWarning();
  const client = new BedrockRuntimeClient(clientConfig(connection));

  async function completeOnce(request: TChatRequest, context: TAttemptContext): Promise<TCompletion> {
    const { input, warnings } = toBedrockConverseInput(request);
    const response = await client.send(new ConverseCommand(input), { abortSignal: context.signal });
    return {
      text: textOfBedrockContent(response.output?.message?.content),
      finishReason: fromBedrockStopReason(response.stopReason),
      rawFinishReason: response.stopReason,
      usage: fromBedrockUsage(response.usage),
      rawUsage: response.usage,
      requestId: response.$metadata.requestId,
      // Converse does not echo the model; the requested id is the best available.
      model: request.model,
      warnings,
    };
  }

  async function streamOnce(request: TChatRequest, context: TAttemptContext): Promise<TCompletion> {
    const { input, warnings } = toBedrockConverseInput(request);
    const response = await client.send(new ConverseStreamCommand(input), { abortSignal: context.signal });
    const requestId = response.$metadata.requestId;
    let text = '';
    let stopReason: StopReason | undefined;
    let usage: TokenUsage | undefined;
    try {
      for await (const event of response.stream ?? []) {
        const delta = event.contentBlockDelta?.delta?.text;
        if (delta) {
          text += delta;
          context.emitText(delta);
        }
        stopReason = event.messageStop?.stopReason ?? stopReason;
        usage = event.metadata?.usage ?? usage;
      }
    } catch (error) {
      throw mapBedrockError(error).with({ requestId });
    }
    context.signal.throwIfAborted();
    if (stopReason === undefined) {
      throw incompleteStreamError('bedrock').with({ requestId });
    }
    return {
      text,
      finishReason: fromBedrockStopReason(stopReason),
      rawFinishReason: stopReason,
      usage: fromBedrockUsage(usage),
      rawUsage: usage,
      requestId,
      model: request.model,
      warnings,
    };
  }

  return {
    kind: 'bedrock',
    async complete(request: TChatRequest, options: TCallOptions = {}): Promise<TChatResult> {
      const attempt = options.onTextDelta ? streamOnce : completeOnce;
      const outcome = await executeReliably(policy, options, (context) => attempt(request, context));
      return toChatResult(outcome);
    },
  };
}
