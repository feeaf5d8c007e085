import type { ProviderConnection, ProviderKind } from '@yardstick/db';

/** What a connection test asks for when the person does not name a model: a small, cheap one per provider. */
export const defaultTestModels: Record<ProviderKind, string | undefined> = {
  openai: 'gpt-4o-mini',
  // Local servers have no standard model: the person names one (e.g. llama3.2 on Ollama).
  openai_compatible: undefined,
  anthropic: 'claude-haiku-4-5',
  bedrock: 'amazon.nova-lite-v1:0',
  gemini: 'gemini-2.5-flash-lite',
  emulated: 'emulated-cheap',
};

/** A connection as the browser and the API see it: never the credentials, only a masked hint of them. */
export interface TConnectionView {
  id: string;
  kind: ProviderKind;
  name: string;
  baseUrl: string | null;
  region: string | null;
  /** e.g. "sk-…abcd"; null when the connection has no credentials. */
  credentialHint: string | null;
  /** The "Emulated (offline)" connection: fake answers, no provider, cannot be edited or deleted. */
  isBuiltIn: boolean;
  defaultTestModel: string | null;
  lastTestedAt: string | null;
  lastTestOk: boolean | null;
  lastTestMessage: string | null;
  createdAt: string;
  updatedAt: string;
}

export function toConnectionView(connection: ProviderConnection): TConnectionView {
  return {
    id: connection.id,
    kind: connection.kind,
    name: connection.name,
    baseUrl: connection.baseUrl,
    region: connection.region,
    credentialHint: connection.credentialHint,
    isBuiltIn: connection.isBuiltIn,
    defaultTestModel: defaultTestModels[connection.kind] ?? null,
    lastTestedAt: connection.lastTestedAt?.toISOString() ?? null,
    lastTestOk: connection.lastTestOk,
    lastTestMessage: connection.lastTestMessage,
    createdAt: connection.createdAt.toISOString(),
    updatedAt: connection.updatedAt.toISOString(),
  };
}
