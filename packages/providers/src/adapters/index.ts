// The single entry point: a validated connection in, the adapter for its provider out.
import { ProviderError } from '../errors';
import { type TConnectionConfig, type TProviderAdapter, ZConnectionConfig } from '../types';
import { createAnthropicAdapter } from './anthropic';
import { createBedrockAdapter } from './bedrock';
import { createGeminiAdapter } from './gemini';
import { createOpenAIAdapter } from './openai';

export function createProviderAdapter(connection: TConnectionConfig): TProviderAdapter {
  const parsed = ZConnectionConfig.safeParse(connection);
  if (!parsed.success) {
    throw new ProviderError({
      errorClass: 'invalid_request',
      message: `Invalid connection config: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
      provider: connection.kind,
      raw: parsed.error,
    });
  }
  const config = parsed.data;
  switch (config.kind) {
    case 'openai':
    case 'openai_compatible':
    case 'emulated':
      return createOpenAIAdapter(config);
    case 'anthropic':
      return createAnthropicAdapter(config);
    case 'bedrock':
      return createBedrockAdapter(config);
    case 'gemini':
      return createGeminiAdapter(config);
  }
}

export { ANTHROPIC_DEFAULT_MAX_TOKENS } from './anthropic-mapping';
export { BEDROCK_DEFAULT_REGION } from './bedrock';
export { DEFAULT_EMULATOR_URL } from './shared/base-url';
