import type { TDatabase } from '@yardstick/db';
import type { TActor } from '../../access/actor';
import { requireProjectRole } from '../../access/project-access';
import { NotFoundError } from '../../errors/app-error';
import { runVersionInclude, toGenerationRunView } from './generation-run-view';
import type { TGenerationRunView } from './generation-types';

export async function getGenerationRun(
  database: TDatabase,
  actor: TActor,
  projectId: string,
  generationRunId: string,
): Promise<TGenerationRunView> {
  await requireProjectRole(database, actor, projectId, 'viewer');
  const run = await database.generationRun.findFirst({
    where: { id: generationRunId, projectId },
    include: runVersionInclude,
  });
  if (!run) throw new NotFoundError('Generation run');
  return toGenerationRunView(database, run);
}
