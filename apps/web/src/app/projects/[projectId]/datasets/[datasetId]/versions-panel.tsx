import type { TDatasetVersionView } from '@yardstick/core';

export function VersionsPanel(props: {
  projectId: string;
  datasetId: string;
  versions: TDatasetVersionView[];
}) {
  const base = `/api/v1/projects/${props.projectId}/datasets/${props.datasetId}/versions`;
  return (
    <section className="card stack">
      <h2>Versions</h2>
      {props.versions.length === 0 ? (
        <p className="muted">No version yet: import a file or add an item to make version 1.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>Version</th>
              <th>Change</th>
              <th>Items</th>
              <th>When</th>
              <th>Export</th>
            </tr>
          </thead>
          <tbody>
            {props.versions.map((version) => (
              <tr key={version.id} data-testid={`version-${version.number}`}>
                <td>v{version.number}</td>
                <td>{version.message}</td>
                <td>{version.itemCount.toLocaleString('en-US')}</td>
                <td>{new Date(version.createdAt).toLocaleString()}</td>
                <td className="inline-actions">
                  <a href={`${base}/${version.number}/export?format=csv`}>CSV</a>
                  <a href={`${base}/${version.number}/export?format=jsonl`}>JSONL</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
