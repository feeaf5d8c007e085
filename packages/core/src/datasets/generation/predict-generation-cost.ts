import type { TDatabase } from '@yardstick/db';
import type { TActor } from '../../access/actor';
import { requireProjectRole } from '../../access/project-access';
import { findProjectDataset } from '../find-dataset';
import type { TGenerationPrediction } from './generation-types';
import { resolveGeneration, type TGenerationDraft } from './resolve-generation';

/** What generating completions would cost, before anything runs: prompt tokens × input price + expected output. */
export async function predictGenerationCost(
  database: TDatabase,
  actor: TActor,
  projectId: string,
  datasetId: string,
  input: TGenerationDraft,
): Promise<TGenerationPrediction> {
  await requireProjectRole(database, actor, projectId, 'member');
  await findProjectDataset(database, projectId, datasetId);
  return (await resolveGeneration(database, projectId, datasetId, input)).prediction;
}
