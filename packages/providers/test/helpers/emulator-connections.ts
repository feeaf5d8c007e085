// Connection configs that point each adapter kind at a running emulator (or at a proxy in front of it).
import type { TConnectionConfig } from '../../src/types';

export type TContractKind = 'openai' | 'openai_compatible' | 'emulated' | 'anthropic' | 'bedrock' | 'gemini';
export type TEmulatorProvider = 'openai' | 'anthropic' | 'bedrock' | 'gemini';

/** The emulator speaks four wire formats; the OpenAI one also serves the compatible and emulated kinds. */
export function emulatorProviderOf(kind: TContractKind): TEmulatorProvider {
  switch (kind) {
    case 'openai':
    case 'openai_compatible':
    case 'emulated':
      return 'openai';
    default:
      return kind;
  }
}

/**
 * `credential` varies the key (or AWS access key id) so that a test gets a connection, and therefore a
 * concurrency semaphore, of its own; `bad-key` makes the emulator refuse authentication.
 */
export function emulatorConnection(
  kind: TContractKind,
  emulatorUrl: string,
  overrides: Partial<TConnectionConfig> = {},
  credential = 'test-key',
): TConnectionConfig {
  const defaults: Partial<TConnectionConfig> = { retryBaseDelayMs: 5, ...overrides };
  switch (kind) {
    case 'openai':
      return { kind, apiKey: credential, baseUrl: `${emulatorUrl}/v1`, ...defaults };
    case 'openai_compatible':
      return {
        kind,
        baseUrl: `${emulatorUrl}/v1`,
        ...(credential === 'test-key' ? {} : { apiKey: credential }),
        ...defaults,
      };
    case 'emulated':
      return { kind, baseUrl: emulatorUrl, apiKey: credential, ...defaults };
    case 'anthropic':
      return { kind, apiKey: credential, baseUrl: emulatorUrl, ...defaults };
    case 'bedrock':
      return {
        kind,
        baseUrl: emulatorUrl,
        region: 'us-east-1',
        accessKeyId: credential,
        secretAccessKey: 'test-secret',
        ...defaults,
      };
    case 'gemini':
      return { kind, apiKey: credential, baseUrl: emulatorUrl, ...defaults };
  }
}
