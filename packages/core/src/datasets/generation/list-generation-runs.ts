import type { TDatabase } from '@yardstick/db';
import type { TActor } from '../../access/actor';
import { requireProjectRole } from '../../access/project-access';
import { runVersionInclude, toGenerationRunView } from './generation-run-view';
import type { TGenerationRunView } from './generation-types';

/** The project's runs (or one dataset's), newest first. */
export async function listGenerationRuns(
  database: TDatabase,
  actor: TActor,
  projectId: string,
  datasetId?: string,
): Promise<TGenerationRunView[]> {
  await requireProjectRole(database, actor, projectId, 'viewer');
  const runs = await database.generationRun.findMany({
    where: { projectId, ...(datasetId ? { datasetVersion: { datasetId } } : {}) },
    include: runVersionInclude,
    orderBy: { createdAt: 'desc' },
    take: 50,
  });
  return Promise.all(runs.map((run) => toGenerationRunView(database, run)));
}
