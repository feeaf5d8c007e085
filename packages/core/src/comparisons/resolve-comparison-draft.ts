// Turns a posted draft (model configs × rows) into the cells to run, each with its rendered request and predicted
// cost, or fails with every problem named by row and column. Shared by predicting and creating, so a comparison
// that was predicted without complaint also starts without one.
import type { ModelConfig, ProviderConnection, TDatabase } from '@yardstick/db';
import { computeCost, countChatTokens, type TChatRequest } from '@yardstick/providers';
import { findCatalogPrice, type TCatalogPrice } from '../catalog/find-price';
import { type TErrorDetail, ValidationError } from '../errors/app-error';
import { extractVariables, isEmptyTemplate, renderMessages, type TPromptMessage } from '../prompts/template';
import { buildChatRequest } from './build-chat-request';
import { type TComparisonDraft, type TParsedComparisonDraft, ZComparisonDraft } from './comparison-draft';
import { comparisonLimits } from './comparison-limits';
import type { TCellPrediction, TComparisonColumn, TComparisonRow } from './comparison-types';
import { predictOutputTokens } from './predict-output-tokens';

export interface TResolvedCell {
  rowIndex: number;
  columnIndex: number;
  modelConfigId: string;
  promptVersionId: string | null;
  request: TChatRequest;
  prediction: TCellPrediction;
}

export interface TResolvedComparison {
  title: string | undefined;
  columns: TComparisonColumn[];
  rows: TComparisonRow[];
  cells: TResolvedCell[];
  promptVersionIds: string[];
  totalNanoUsd: bigint;
  isEstimate: boolean;
  hasUnpricedCells: boolean;
}

type TConfig = ModelConfig & { connection: ProviderConnection };

function fail(problems: TErrorDetail[]): never {
  throw new ValidationError(problems.map((problem) => problem.message).join('; '), problems);
}

async function resolveColumns(database: TDatabase, projectId: string, ids: string[]): Promise<TConfig[]> {
  if (ids.length > comparisonLimits.maxColumns) {
    fail([
      {
        field: 'body.modelConfigIds',
        message: `A comparison runs at most ${comparisonLimits.maxColumns} model configs (columns) × ${comparisonLimits.maxRows} rows = ${comparisonLimits.maxCells} cells; this one has ${ids.length} model configs`,
      },
    ]);
  }
  const found = await database.modelConfig.findMany({
    where: { id: { in: ids }, projectId },
    include: { connection: true },
  });
  const problems: TErrorDetail[] = [];
  const configs = ids.map((id, index) => {
    const config = found.find((candidate) => candidate.id === id);
    const field = `body.modelConfigIds.${index}`;
    if (!config)
      problems.push({
        field,
        message: `Column ${index + 1}: model config "${id}" was not found in this project`,
      });
    else if (config.archivedAt) {
      problems.push({
        field,
        message: `Column ${index + 1} (${config.name}): the model config is archived; unarchive it or pick another`,
      });
    } else if (ids.indexOf(id) !== index) {
      problems.push({
        field,
        message: `Column ${index + 1} (${config.name}) repeats column ${ids.indexOf(id) + 1}`,
      });
    }
    return config;
  });
  if (problems.length > 0) fail(problems);
  return configs as TConfig[];
}

interface TRowTemplate {
  promptVersionId: string | null;
  promptName: string | null;
  promptVersion: number | null;
  messages: TPromptMessage[];
  variables: Record<string, string>;
}

async function resolveRows(
  database: TDatabase,
  projectId: string,
  rows: TParsedComparisonDraft['rows'],
  problems: TErrorDetail[],
): Promise<(TRowTemplate | undefined)[]> {
  if (rows.length > comparisonLimits.maxRows) {
    fail([
      {
        field: 'body.rows',
        message: `A comparison runs at most ${comparisonLimits.maxRows} rows × ${comparisonLimits.maxColumns} model configs = ${comparisonLimits.maxCells} cells; this one has ${rows.length} rows`,
      },
    ]);
  }
  const versionIds = rows.flatMap((row) => (row.promptVersionId ? [row.promptVersionId] : []));
  const versions = await database.promptVersion.findMany({
    where: { id: { in: versionIds }, prompt: { projectId } },
    include: { prompt: { select: { name: true } } },
  });
  return rows.map((row, index) => {
    const label = `Row ${index + 1}`;
    const field = `body.rows.${index}`;
    let template: TRowTemplate;
    if (row.promptVersionId) {
      const version = versions.find((candidate) => candidate.id === row.promptVersionId);
      if (!version) {
        problems.push({
          field: `${field}.promptVersionId`,
          message: `${label}: prompt version "${row.promptVersionId}" was not found in this project`,
        });
        return undefined;
      }
      template = {
        promptVersionId: version.id,
        promptName: version.prompt.name,
        promptVersion: version.version,
        messages: version.messages as unknown as TPromptMessage[],
        variables: row.variables,
      };
    } else {
      template = {
        promptVersionId: null,
        promptName: null,
        promptVersion: null,
        messages: row.messages!,
        variables: row.variables,
      };
    }
    const before = problems.length;
    if (isEmptyTemplate(template.messages)) {
      problems.push({
        field: `${field}.messages`,
        message: `${label}: the prompt is empty; write a user message`,
      });
    }
    const names = extractVariables(template.messages);
    for (const name of names) {
      if ((template.variables[name] ?? '').trim() === '') {
        problems.push({ field: `${field}.variables.${name}`, message: `${label}: {{${name}}} has no value` });
      }
    }
    for (const name of Object.keys(template.variables)) {
      if (!names.includes(name)) {
        const uses =
          names.length > 0
            ? `it uses ${names.map((used) => `{{${used}}}`).join(', ')}`
            : 'it has no variables';
        problems.push({
          field: `${field}.variables.${name}`,
          message: `${label}: "${name}" is not a variable of the prompt (${uses})`,
        });
      }
    }
    return problems.length === before ? template : undefined;
  });
}

function columnSnapshot(config: TConfig, catalog: TCatalogPrice | undefined): TComparisonColumn {
  return {
    modelConfigId: config.id,
    name: config.name,
    connectionId: config.connection.id,
    connectionName: config.connection.name,
    provider: config.connection.kind,
    model: config.model,
    modelDisplayName: catalog?.displayName ?? null,
    contextWindow: catalog?.contextWindow ?? null,
    parameters: {
      systemPrompt: config.systemPrompt,
      temperature: config.temperature,
      topP: config.topP,
      maxOutputTokens: config.maxOutputTokens,
      stopSequences: config.stopSequences,
      seed: config.seed,
    },
    price: catalog?.price
      ? { inputPerMTok: catalog.price.inputPerMTok, outputPerMTok: catalog.price.outputPerMTok }
      : null,
  };
}

export async function resolveComparisonDraft(
  database: TDatabase,
  projectId: string,
  input: TComparisonDraft,
): Promise<TResolvedComparison> {
  const draft = ZComparisonDraft.parse(input);
  const configs = await resolveColumns(database, projectId, draft.modelConfigIds);
  const problems: TErrorDetail[] = [];
  const templates = await resolveRows(database, projectId, draft.rows, problems);
  const now = new Date();
  const catalogs = await Promise.all(
    configs.map((config) => findCatalogPrice(database, config.connection.kind, config.model, now)),
  );
  const expectedOutput = await predictOutputTokens(database, configs);
  const cells: TResolvedCell[] = [];
  const rows: TComparisonRow[] = [];
  templates.forEach((template, rowIndex) => {
    if (!template) return;
    const rendered = renderMessages(template.messages, template.variables);
    const predictions = configs.map((config, columnIndex) => {
      const request = buildChatRequest(config, rendered);
      const count = countChatTokens(request.messages, request.system, {
        provider: config.connection.kind,
        model: config.model,
      });
      const catalog = catalogs[columnIndex];
      if (catalog?.contextWindow && count.tokens > catalog.contextWindow) {
        problems.push({
          field: `body.rows.${rowIndex}`,
          message: `Row ${rowIndex + 1} × Column ${columnIndex + 1} (${config.name}): the prompt is about ${count.tokens.toLocaleString('en-US')} tokens, more than the ${catalog.contextWindow.toLocaleString('en-US')}-token context window of ${config.model}`,
        });
      }
      const output = expectedOutput.get(config.id)!;
      const cost = computeCost({ inputTokens: count.tokens, outputTokens: output.tokens }, catalog?.price);
      const prediction: TCellPrediction = {
        inputTokens: count.tokens,
        isInputEstimate: count.isEstimate,
        outputTokens: output.tokens,
        outputBasis: output.basis,
        costNanoUsd: cost.costNanoUsd?.toString() ?? null,
      };
      cells.push({
        rowIndex,
        columnIndex,
        modelConfigId: config.id,
        promptVersionId: template.promptVersionId,
        request,
        prediction,
      });
      return prediction;
    });
    rows.push({ ...template, predictions });
  });
  if (problems.length > 0) fail(problems);
  return {
    title: draft.title || undefined,
    columns: configs.map((config, index) => columnSnapshot(config, catalogs[index])),
    rows,
    cells,
    promptVersionIds: [
      ...new Set(cells.flatMap((cell) => (cell.promptVersionId ? [cell.promptVersionId] : []))),
    ],
    totalNanoUsd: cells.reduce((sum, cell) => sum + BigInt(cell.prediction.costNanoUsd ?? 0), 0n),
    isEstimate: cells.some((cell) => cell.prediction.isInputEstimate),
    hasUnpricedCells: cells.some((cell) => cell.prediction.costNanoUsd === null),
  };
}
