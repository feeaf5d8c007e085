import type { TDatabase } from '@yardstick/db';
import type { TActor } from '../access/actor';
import { requireProjectRole } from '../access/project-access';
import type { TComparisonDraft } from './comparison-draft';
import type { TCostPrediction } from './comparison-types';
import { resolveComparisonDraft } from './resolve-comparison-draft';

/**
 * What a draft comparison would cost, per cell and in total, before anything runs: the rendered prompt's token
 * count × the input price, plus the predicted output length × the output price. Token counts are estimates
 * except for OpenAI models (counted with their own tokenizer). Stores nothing.
 */
export async function predictComparisonCost(
  database: TDatabase,
  actor: TActor,
  projectId: string,
  input: TComparisonDraft,
): Promise<TCostPrediction> {
  await requireProjectRole(database, actor, projectId, 'viewer');
  const resolved = await resolveComparisonDraft(database, projectId, input);
  return {
    cellCount: resolved.cells.length,
    totalNanoUsd: resolved.totalNanoUsd.toString(),
    isEstimate: resolved.isEstimate,
    hasUnpricedCells: resolved.hasUnpricedCells,
    cells: resolved.cells.map((cell) => ({
      rowIndex: cell.rowIndex,
      columnIndex: cell.columnIndex,
      ...cell.prediction,
    })),
  };
}
