import {
  getComparison,
  hasProjectRole,
  isAppError,
  listComparisons,
  listConnections,
  listModelConfigs,
  listModels,
  listPrompts,
  type TComparisonView,
} from '@yardstick/core/server';
import { notFound } from 'next/navigation';
import { requireProjectPage } from '@/server/project-page';
import { services } from '@/server/services';
import { ComparisonHistory } from './comparison-history';
import { DemoCard } from './demo-card';
import { Playground } from './playground';
import { PlaygroundNav } from './playground-nav';
import './playground.css';

export const dynamic = 'force-dynamic';

async function findComparison(load: () => Promise<TComparisonView>): Promise<TComparisonView> {
  try {
    return await load();
  } catch (error) {
    if (isAppError(error) && error.status === 404) notFound();
    throw error;
  }
}

export default async function PlaygroundPage(props: {
  params: Promise<{ projectId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { projectId } = await props.params;
  const { comparison: comparisonId } = await props.searchParams;
  const { actor, access } = await requireProjectPage(projectId);
  const { database } = services();
  const [modelConfigs, connections, models, prompts, history] = await Promise.all([
    listModelConfigs(database, actor, projectId),
    listConnections(database, actor, projectId),
    listModels(database, {}),
    listPrompts(database, actor, projectId),
    listComparisons(database, actor, projectId, { limit: 20 }),
  ]);
  const comparison =
    typeof comparisonId === 'string'
      ? await findComparison(() => getComparison(database, actor, projectId, comparisonId))
      : null;
  const canWrite = hasProjectRole(access.role, 'member');
  const isEmpty = modelConfigs.length === 0 && history.comparisons.length === 0;
  return (
    <>
      <h1>Playground</h1>
      <PlaygroundNav projectId={projectId} current="" />
      {isEmpty && canWrite ? <DemoCard projectId={projectId} /> : null}
      <Playground
        projectId={projectId}
        canWrite={canWrite}
        userId={actor.userId}
        modelConfigs={modelConfigs}
        connections={connections.map(({ id, name, kind, isBuiltIn }) => ({ id, name, kind, isBuiltIn }))}
        models={models
          .filter((model) => model.mode === 'chat')
          .map(({ provider, modelId, displayName, contextWindow }) => ({
            provider,
            modelId,
            displayName,
            contextWindow,
          }))}
        prompts={prompts}
        initialComparison={comparison}
      />
      <ComparisonHistory
        projectId={projectId}
        comparisons={history.comparisons}
        currentId={comparison?.id ?? null}
      />
    </>
  );
}
