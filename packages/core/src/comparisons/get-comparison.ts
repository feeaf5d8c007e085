import type { TDatabase } from '@yardstick/db';
import type { TActor } from '../access/actor';
import { requireProjectRole } from '../access/project-access';
import type { TComparisonView } from './comparison-types';
import { loadComparisonView } from './comparison-view';

/** A saved comparison, open to anyone in the project (a link to it can be shared). */
export async function getComparison(
  database: TDatabase,
  actor: TActor,
  projectId: string,
  comparisonId: string,
): Promise<TComparisonView> {
  await requireProjectRole(database, actor, projectId, 'viewer');
  return loadComparisonView(database, projectId, comparisonId);
}
