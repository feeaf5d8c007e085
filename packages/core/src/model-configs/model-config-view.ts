import type { ModelConfig, ProviderConnection, ProviderKind } from '@yardstick/db';
import type { TCatalogPrice } from '../catalog/find-price';

export interface TModelConfigView {
  id: string;
  name: string;
  connection: { id: string; name: string; kind: ProviderKind; isBuiltIn: boolean };
  model: string;
  /** The catalog's name for the model, when the catalog knows it. */
  modelDisplayName: string | null;
  contextWindow: number | null;
  /** USD per million tokens in force now; null when the model has no price (its calls are unpriced). */
  price: { inputPerMTok: string; outputPerMTok: string } | null;
  systemPrompt: string | null;
  temperature: number | null;
  topP: number | null;
  maxOutputTokens: number | null;
  stopSequences: string[];
  seed: number | null;
  isArchived: boolean;
  createdAt: string;
  updatedAt: string;
}

export function toModelConfigView(
  config: ModelConfig & { connection: ProviderConnection },
  catalog: TCatalogPrice | undefined,
): TModelConfigView {
  return {
    id: config.id,
    name: config.name,
    connection: {
      id: config.connection.id,
      name: config.connection.name,
      kind: config.connection.kind,
      isBuiltIn: config.connection.isBuiltIn,
    },
    model: config.model,
    modelDisplayName: catalog?.displayName ?? null,
    contextWindow: catalog?.contextWindow ?? null,
    price: catalog?.price
      ? { inputPerMTok: catalog.price.inputPerMTok, outputPerMTok: catalog.price.outputPerMTok }
      : null,
    systemPrompt: config.systemPrompt,
    temperature: config.temperature,
    topP: config.topP,
    maxOutputTokens: config.maxOutputTokens,
    stopSequences: config.stopSequences,
    seed: config.seed,
    isArchived: config.archivedAt !== null,
    createdAt: config.createdAt.toISOString(),
    updatedAt: config.updatedAt.toISOString(),
  };
}
