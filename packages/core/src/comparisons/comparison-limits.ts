// Limits and defaults of a comparison, shared by the browser (to say so before posting) and the server.
export const comparisonLimits = {
  maxColumns: 10,
  maxRows: 20,
  /** maxColumns × maxRows: one job per cell. */
  maxCells: 200,
} as const;

/**
 * The output length predicted for a cell when the model config has no history: a typical short chat answer.
 * The config's max output tokens caps it; after a few runs the config's own average replaces it.
 */
export const defaultExpectedOutputTokens = 256;
