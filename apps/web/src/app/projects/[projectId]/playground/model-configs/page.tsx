import { hasProjectRole, listConnections, listModelConfigs, listModels } from '@yardstick/core/server';
import { requireProjectPage } from '@/server/project-page';
import { services } from '@/server/services';
import { PlaygroundNav } from '../playground-nav';
import { ModelConfigsTable } from './model-configs-table';
import '../playground.css';

export const dynamic = 'force-dynamic';

export default async function ModelConfigsPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const { actor, access } = await requireProjectPage(projectId);
  const { database } = services();
  const [modelConfigs, connections, models] = await Promise.all([
    listModelConfigs(database, actor, projectId, { includeArchived: true }),
    listConnections(database, actor, projectId),
    listModels(database, {}),
  ]);
  return (
    <>
      <h1>Playground</h1>
      <PlaygroundNav projectId={projectId} current="model-configs" />
      <p className="muted">
        A model config is a connection, a model and the parameters sent with it: what the playground compares
        side by side. Comparisons keep a copy of each config as it ran, so editing one never rewrites history.
      </p>
      <ModelConfigsTable
        projectId={projectId}
        canWrite={hasProjectRole(access.role, 'member')}
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
      />
    </>
  );
}
