import { hasProjectRole, listDatasets } from '@yardstick/core/server';
import Link from 'next/link';
import { requireProjectPage } from '@/server/project-page';
import { services } from '@/server/services';
import { CreateDatasetForm } from './create-dataset-form';
import '../ground-truth.css';
import './datasets.css';

export const dynamic = 'force-dynamic';

export default async function DatasetsPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const { actor, access } = await requireProjectPage(projectId);
  const datasets = await listDatasets(services().database, actor, projectId);
  return (
    <>
      <h1>Datasets</h1>
      {hasProjectRole(access.role, 'member') ? <CreateDatasetForm projectId={projectId} /> : null}
      <section className="card stack">
        <h2>In this project</h2>
        {datasets.length === 0 ? (
          <p className="muted">No dataset yet. Create one, then import a CSV or JSON Lines file into it.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th>Name</th>
                <th>Items</th>
                <th>Version</th>
                <th>Updated</th>
              </tr>
            </thead>
            <tbody>
              {datasets.map((dataset) => (
                <tr key={dataset.id}>
                  <td>
                    <Link href={`/projects/${projectId}/datasets/${dataset.id}`}>{dataset.name}</Link>
                  </td>
                  <td>{dataset.itemCount.toLocaleString('en-US')}</td>
                  <td>
                    {dataset.latestVersion === 0 ? (
                      <span className="muted">empty</span>
                    ) : (
                      `v${dataset.latestVersion}`
                    )}
                  </td>
                  <td>{new Date(dataset.updatedAt).toLocaleString()}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
