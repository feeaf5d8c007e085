// Shapes of a generation run shared by the server and the browser. Browser-safe.

/** A model config as it was when the run started (later edits do not rewrite the run). */
export interface TGenerationModelConfig {
  id: string;
  name: string;
  connectionId: string;
  connectionName: string;
  provider: string;
  model: string;
}

export interface TGenerationPrediction {
  completionCount: number;
  /** Null when a model has no price in the catalog. */
  totalNanoUsd: string | null;
  perModelConfig: {
    modelConfigId: string;
    name: string;
    costNanoUsd: string | null;
    outputTokensPerCall: number;
  }[];
  /** Token counts are estimates (only OpenAI models are counted exactly), and large runs are sampled. */
  isEstimate: boolean;
  sampledItems: number;
  itemCount: number;
}

export interface TGenerationRunView {
  id: string;
  datasetId: string;
  datasetName: string;
  datasetVersion: number;
  promptVersionId: string | null;
  status: 'pending' | 'running' | 'succeeded' | 'failed' | 'cancelled';
  total: number;
  counts: { pending: number; running: number; succeeded: number; failed: number };
  perModelConfig: { modelConfigId: string; name: string; succeeded: number; failed: number; total: number }[];
  predictedCostNanoUsd: string | null;
  /** Spent so far (or in all, once finished). */
  costNanoUsd: string;
  /** Cost per item generated (per successful completion), null before any succeeded. */
  costPerItemNanoUsd: string | null;
  createdAt: string;
  finishedAt: string | null;
}

export const generationLimits = {
  /** Completions (items × model configs) per run: one job each. */
  maxCompletions: 20_000,
  maxModelConfigs: 6,
  /** Items whose prompts are counted for a prediction; larger runs are scaled from this sample. */
  predictionSample: 500,
} as const;
