// Turns "these model configs × this prompt version × that dataset version" into the calls to make, each with its
// rendered request, and predicts what they cost, or fails saying what does not fit (unknown configs, variables
// the items lack, too many calls). Shared by predicting and starting, so a predicted run also starts.
import type { DatasetItem, ModelConfig, ProviderConnection, TDatabase } from '@yardstick/db';
import { computeCost, countChatTokens, type TChatRequest } from '@yardstick/providers';
import { z } from 'zod';
import { findCatalogPrice } from '../../catalog/find-price';
import { buildChatRequest } from '../../comparisons/build-chat-request';
import { predictOutputTokens } from '../../comparisons/predict-output-tokens';
import { NotFoundError, ValidationError } from '../../errors/app-error';
import { extractVariables, renderMessages, type TPromptMessage } from '../../prompts/template';
import { findDatasetVersion } from '../find-dataset';
import { itemsOfVersion } from '../version-items';
import {
  generationLimits,
  type TGenerationModelConfig,
  type TGenerationPrediction,
} from './generation-types';

export const ZGenerationDraft = z.object({
  datasetVersion: z.number().int().min(1),
  promptVersionId: z.string().min(1).max(64),
  modelConfigIds: z
    .array(z.string().min(1).max(64))
    .min(1, 'pick at least one model config')
    .max(generationLimits.maxModelConfigs, `allows at most ${generationLimits.maxModelConfigs} model configs`)
    .refine((ids) => new Set(ids).size === ids.length, 'lists a model config twice'),
});
export type TGenerationDraft = z.input<typeof ZGenerationDraft>;

type TConfig = ModelConfig & { connection: ProviderConnection };

export interface TResolvedGeneration {
  datasetVersionId: string;
  promptVersionId: string;
  promptMessages: TPromptMessage[];
  configs: TGenerationModelConfig[];
  items: DatasetItem[];
  requestFor: (item: DatasetItem, columnIndex: number) => TChatRequest;
  prediction: TGenerationPrediction;
}

async function resolveConfigs(database: TDatabase, projectId: string, ids: string[]): Promise<TConfig[]> {
  const found = await database.modelConfig.findMany({
    where: { id: { in: ids }, projectId },
    include: { connection: true },
  });
  return ids.map((id, index) => {
    const config = found.find((candidate) => candidate.id === id);
    if (!config)
      throw new ValidationError(
        `body.modelConfigIds.${index}: model config "${id}" was not found in this project.`,
      );
    if (config.archivedAt)
      throw new ValidationError(
        `body.modelConfigIds.${index}: "${config.name}" is archived; unarchive it or pick another.`,
      );
    return config;
  });
}

function checkVariables(messages: TPromptMessage[], items: DatasetItem[]): void {
  const needed = extractVariables(messages);
  for (const name of needed) {
    const lacking = items.filter((item) => typeof (item.input as Record<string, unknown>)[name] !== 'string');
    if (lacking.length === 0) continue;
    const available = Object.keys((items[0]?.input as Record<string, string>) ?? {});
    throw new ValidationError(
      `The prompt uses {{${name}}}, which ${lacking.length} item(s) do not have (e.g. ${lacking
        .slice(0, 3)
        .map((item) => `"${item.key}"`)
        .join(
          ', ',
        )}); the dataset's variables are ${available.map((variable) => `{{${variable}}}`).join(', ') || 'none'}. Pick a prompt that uses them, or add the variable to the items.`,
    );
  }
}

/** Every n-th item, so a prediction for a large run costs a bounded amount of tokenizing. */
function sample<T>(items: readonly T[], size: number): T[] {
  if (items.length <= size) return [...items];
  const step = items.length / size;
  return Array.from({ length: size }, (_, index) => items[Math.floor(index * step)]!);
}

export async function resolveGeneration(
  database: TDatabase,
  projectId: string,
  datasetId: string,
  input: TGenerationDraft,
): Promise<TResolvedGeneration> {
  const draft = ZGenerationDraft.parse(input);
  const version = await findDatasetVersion(database, datasetId, draft.datasetVersion);
  const promptVersion = await database.promptVersion.findFirst({
    where: { id: draft.promptVersionId, prompt: { projectId } },
  });
  if (!promptVersion) throw new NotFoundError('Prompt version');
  const promptMessages = promptVersion.messages as unknown as TPromptMessage[];
  const configs = await resolveConfigs(database, projectId, draft.modelConfigIds);
  const completionCount = version.itemCount * configs.length;
  if (completionCount === 0)
    throw new ValidationError('The dataset version has no items to generate completions for.');
  if (completionCount > generationLimits.maxCompletions) {
    throw new ValidationError(
      `${version.itemCount.toLocaleString('en-US')} items × ${configs.length} model configs = ${completionCount.toLocaleString('en-US')} completions; a run makes at most ${generationLimits.maxCompletions.toLocaleString('en-US')}. Use fewer model configs or a smaller dataset.`,
    );
  }
  const items = await database.datasetItem.findMany({
    where: itemsOfVersion(datasetId, version.number),
    orderBy: { ordinal: 'asc' },
  });
  checkVariables(promptMessages, items);
  const requestFor = (item: DatasetItem, columnIndex: number) =>
    buildChatRequest(
      configs[columnIndex]!,
      renderMessages(promptMessages, item.input as Record<string, string>),
    );

  const now = new Date();
  const outputs = await predictOutputTokens(database, configs);
  const sampled = sample(items, generationLimits.predictionSample);
  let isEstimate = sampled.length < items.length;
  const perModelConfig = await Promise.all(
    configs.map(async (config, columnIndex) => {
      const catalog = await findCatalogPrice(database, config.connection.kind, config.model, now);
      const output = outputs.get(config.id)!;
      let sampledNano = 0n;
      let isPriced = catalog?.price !== undefined;
      for (const item of sampled) {
        const request = requestFor(item, columnIndex);
        const count = countChatTokens(request.messages, request.system, {
          provider: config.connection.kind,
          model: config.model,
        });
        isEstimate ||= count.isEstimate;
        const cost = computeCost({ inputTokens: count.tokens, outputTokens: output.tokens }, catalog?.price);
        if (cost.costNanoUsd === null) isPriced = false;
        else sampledNano += cost.costNanoUsd;
      }
      // Scaled from the sample to every item (exact when every item was counted).
      const costNanoUsd = isPriced ? (sampledNano * BigInt(items.length)) / BigInt(sampled.length) : null;
      return { modelConfigId: config.id, name: config.name, costNanoUsd, outputTokensPerCall: output.tokens };
    }),
  );
  const isPriced = perModelConfig.every((entry) => entry.costNanoUsd !== null);
  return {
    datasetVersionId: version.id,
    promptVersionId: promptVersion.id,
    promptMessages,
    configs: configs.map((config) => ({
      id: config.id,
      name: config.name,
      connectionId: config.connection.id,
      connectionName: config.connection.name,
      provider: config.connection.kind,
      model: config.model,
    })),
    items,
    requestFor,
    prediction: {
      completionCount,
      totalNanoUsd: isPriced
        ? perModelConfig.reduce((sum, entry) => sum + entry.costNanoUsd!, 0n).toString()
        : null,
      perModelConfig: perModelConfig.map((entry) => ({
        ...entry,
        costNanoUsd: entry.costNanoUsd?.toString() ?? null,
      })),
      isEstimate,
      sampledItems: sampled.length,
      itemCount: items.length,
    },
  };
}
