import type { ModelConfig, TDatabase } from '@yardstick/db';
import { defaultExpectedOutputTokens } from './comparison-limits';
import type { TOutputBasis } from './comparison-types';

// Recent enough to reflect the config's current parameters, long enough to have a few runs in it.
const historyDays = 30;

/**
 * The output length to predict per model config: its average over recent successful completions, else the
 * documented default; never more than the config's max output tokens.
 */
export async function predictOutputTokens(
  database: TDatabase,
  configs: readonly ModelConfig[],
): Promise<Map<string, { tokens: number; basis: TOutputBasis }>> {
  const history = await database.completion.groupBy({
    by: ['modelConfigId'],
    where: {
      modelConfigId: { in: configs.map((config) => config.id) },
      status: 'succeeded',
      outputTokens: { not: null },
      finishedAt: { gte: new Date(Date.now() - historyDays * 24 * 60 * 60 * 1000) },
    },
    _avg: { outputTokens: true },
  });
  const averages = new Map(history.map((entry) => [entry.modelConfigId, entry._avg.outputTokens]));
  return new Map(
    configs.map((config) => {
      const average = averages.get(config.id);
      const expected = average ? Math.ceil(average) : defaultExpectedOutputTokens;
      const basis: TOutputBasis = average ? 'history' : 'default';
      return [
        config.id,
        config.maxOutputTokens !== null && config.maxOutputTokens < expected
          ? { tokens: config.maxOutputTokens, basis: 'max_output_tokens' as const }
          : { tokens: expected, basis },
      ];
    }),
  );
}
