import {
  getDataset,
  hasProjectRole,
  isAppError,
  listDatasetItems,
  listGenerationRuns,
  listModelConfigs,
  listPrompts,
} from '@yardstick/core/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireProjectPage } from '@/server/project-page';
import { services } from '@/server/services';
import '../../ground-truth.css';
import '../datasets.css';
import { GeneratePanel } from './generate-panel';
import { GenerationRuns } from './generation-runs';
import { ImportPanel } from './import-panel';
import { ItemsPanel } from './items-panel';
import { VersionsPanel } from './versions-panel';

export const dynamic = 'force-dynamic';

export default async function DatasetPage({
  params,
}: {
  params: Promise<{ projectId: string; datasetId: string }>;
}) {
  const { projectId, datasetId } = await params;
  const { actor, access } = await requireProjectPage(projectId);
  const { database } = services();
  const dataset = await getDataset(database, actor, projectId, datasetId).catch((error: unknown) => {
    if (isAppError(error) && error.status === 404) notFound();
    throw error;
  });
  const canWrite = hasProjectRole(access.role, 'member');
  const [firstPage, runs, modelConfigs, prompts] = await Promise.all([
    listDatasetItems(database, actor, projectId, datasetId, {}),
    listGenerationRuns(database, actor, projectId, datasetId),
    canWrite ? listModelConfigs(database, actor, projectId) : [],
    canWrite ? listPrompts(database, actor, projectId) : [],
  ]);
  return (
    <>
      <p className="muted">
        <Link href={`/projects/${projectId}/datasets`}>Datasets</Link> › {dataset.name}
      </p>
      <h1>{dataset.name}</h1>
      {dataset.description ? <p>{dataset.description}</p> : null}
      <div className="dataset-grid">
        {canWrite ? (
          <ImportPanel projectId={projectId} datasetId={datasetId} hasItems={dataset.latestVersion > 0} />
        ) : null}
        <VersionsPanel projectId={projectId} datasetId={datasetId} versions={dataset.versions} />
        <ItemsPanel
          key={dataset.latestVersion}
          projectId={projectId}
          datasetId={datasetId}
          latestVersion={dataset.latestVersion}
          versions={dataset.versions.map((version) => version.number)}
          firstPage={firstPage}
          canWrite={canWrite}
        />
        {canWrite && dataset.latestVersion > 0 ? (
          <GeneratePanel
            projectId={projectId}
            datasetId={datasetId}
            versions={dataset.versions.map((version) => version.number)}
            modelConfigs={modelConfigs.map((config) => ({
              id: config.id,
              name: config.name,
              model: config.model,
            }))}
            prompts={prompts.map((prompt) => ({
              id: prompt.latestVersion.id,
              label: `${prompt.name} (v${prompt.latestVersion.version})`,
              variables: prompt.latestVersion.variables,
            }))}
          />
        ) : null}
        <GenerationRuns projectId={projectId} runs={runs} canWrite={canWrite} />
      </div>
    </>
  );
}
