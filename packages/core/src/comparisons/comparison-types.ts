// What the browser sees of a comparison (browser-safe: types only). Money is nano-USD as decimal strings.
import type { TPromptMessage } from '../prompts/template';

export type TRunStatus = 'pending' | 'running' | 'succeeded' | 'failed' | 'cancelled';

/** A model config as it was when the comparison ran: later edits do not rewrite history. */
export interface TComparisonColumn {
  modelConfigId: string;
  name: string;
  connectionId: string;
  connectionName: string;
  provider: string;
  model: string;
  modelDisplayName: string | null;
  contextWindow: number | null;
  parameters: {
    systemPrompt: string | null;
    temperature: number | null;
    topP: number | null;
    maxOutputTokens: number | null;
    stopSequences: string[];
    seed: number | null;
  };
  /** USD per million tokens in force when the comparison was created; null: unpriced. */
  price: { inputPerMTok: string; outputPerMTok: string } | null;
}

/**
 * How the output length of a cell was predicted: this model config's average over its recent completions
 * (history), the documented default of 256 tokens, or the config's max output tokens when that is lower.
 */
export type TOutputBasis = 'history' | 'default' | 'max_output_tokens';

export interface TCellPrediction {
  inputTokens: number;
  /** False only when the provider's own tokenizer counted the prompt (OpenAI). */
  isInputEstimate: boolean;
  outputTokens: number;
  outputBasis: TOutputBasis;
  /** Null when the model has no price. */
  costNanoUsd: string | null;
}

export interface TComparisonRow {
  promptVersionId: string | null;
  promptName: string | null;
  promptVersion: number | null;
  /** The template as it was run. */
  messages: TPromptMessage[];
  variables: Record<string, string>;
  /** One per column, in column order. */
  predictions: TCellPrediction[];
}

export interface TCellView {
  id: string;
  rowIndex: number;
  columnIndex: number;
  status: TRunStatus;
  /** The answer; while running, the text streamed so far. */
  text: string | null;
  finishReason: string | null;
  rawFinishReason: string | null;
  inputTokens: number | null;
  outputTokens: number | null;
  cachedInputTokens: number | null;
  reasoningTokens: number | null;
  predictedCostNanoUsd: string | null;
  costNanoUsd: string | null;
  isPriced: boolean;
  timeToFirstTokenMs: number | null;
  latencyMs: number | null;
  /** Provider attempts of the last run (more than 1: retried after a retryable error). */
  attempts: number;
  errorClass: string | null;
  errorMessage: string | null;
  startedAt: string | null;
  finishedAt: string | null;
}

export type TRatingKind = 'thumbs' | 'pairwise' | 'stars';

export interface TRatingView {
  id: string;
  kind: TRatingKind;
  /** thumbs: 1 or -1; pairwise: 1 (completion is better than otherCompletion) or 0 (tie). */
  value: number;
  completionId: string;
  otherCompletionId: string | null;
  userId: string;
  userName: string;
  createdAt: string;
}

export interface TComparisonView {
  id: string;
  projectId: string;
  title: string;
  status: TRunStatus;
  createdAt: string;
  finishedAt: string | null;
  createdBy: { id: string; name: string } | null;
  columns: TComparisonColumn[];
  rows: TComparisonRow[];
  predictedCostNanoUsd: string | null;
  cells: TCellView[];
  ratings: TRatingView[];
}

export interface TComparisonListItem {
  id: string;
  title: string;
  status: TRunStatus;
  createdAt: string;
  finishedAt: string | null;
  createdByName: string | null;
  columnNames: string[];
  rowCount: number;
  cellCount: number;
  predictedCostNanoUsd: string | null;
  costNanoUsd: string;
}

/** The predicted cost of a draft comparison, before anything runs. */
export interface TCostPrediction {
  cellCount: number;
  /** Sum over priced cells. */
  totalNanoUsd: string;
  /** Some token count is an estimate (not the provider's tokenizer), so the total is one too. */
  isEstimate: boolean;
  hasUnpricedCells: boolean;
  /** rows × columns, in row order. */
  cells: (TCellPrediction & { rowIndex: number; columnIndex: number })[];
}

/** What travels on a comparison's live stream (Redis, then SSE to every open tab). */
export type TComparisonEvent =
  | { type: 'cell.started'; completionId: string }
  | { type: 'cell.delta'; completionId: string; text: string }
  | { type: 'cell.finished'; cell: TCellView }
  | { type: 'cell.replaced'; previousCompletionId: string; cell: TCellView }
  | { type: 'comparison.status'; status: TRunStatus; finishedAt: string | null };
