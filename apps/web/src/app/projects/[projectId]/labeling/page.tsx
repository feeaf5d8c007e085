import {
  hasProjectRole,
  listDatasets,
  listGenerationRuns,
  listLabelingTasks,
  listMembers,
} from '@yardstick/core/server';
import Link from 'next/link';
import { requireProjectPage } from '@/server/project-page';
import { services } from '@/server/services';
import { CreateTaskForm } from './create-task-form';
import '../ground-truth.css';
import './labeling.css';

export const dynamic = 'force-dynamic';

export default async function LabelingPage(props: {
  params: Promise<{ projectId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { projectId } = await props.params;
  const { generationRun } = await props.searchParams;
  const { actor, access } = await requireProjectPage(projectId);
  const { database } = services();
  const canCreate = hasProjectRole(access.role, 'member');
  const [tasks, runs, datasets, members] = await Promise.all([
    listLabelingTasks(database, actor, projectId),
    canCreate ? listGenerationRuns(database, actor, projectId) : [],
    canCreate ? listDatasets(database, actor, projectId) : [],
    canCreate ? listMembers(database, actor, projectId) : [],
  ]);
  return (
    <>
      <h1>Labeling</h1>
      <section className="card stack">
        <h2>Tasks</h2>
        {tasks.length === 0 ? (
          <p className="muted">
            {canCreate
              ? 'No labeling task yet. Generate completions for a dataset, then create a task to rate them.'
              : 'No labeling task is assigned to you yet.'}
          </p>
        ) : (
          <table>
            <thead>
              <tr>
                <th>Task</th>
                <th>Dataset</th>
                <th>Items</th>
                <th>Ratings</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {tasks.map((task) => (
                <tr key={task.id} data-testid={`task-${task.name}`}>
                  <td>
                    {canCreate ? (
                      <Link href={`/projects/${projectId}/labeling/${task.id}`}>{task.name}</Link>
                    ) : (
                      task.name
                    )}
                  </td>
                  <td>
                    {task.datasetName} v{task.datasetVersion}
                  </td>
                  <td>{task.itemCount.toLocaleString('en-US')}</td>
                  <td>
                    {task.ratingCount.toLocaleString('en-US')} / {task.target.toLocaleString('en-US')}
                  </td>
                  <td className="inline-actions">
                    {task.isAssignedToMe ? (
                      <Link className="button" href={`/projects/${projectId}/labeling/${task.id}/label`}>
                        Start labeling
                      </Link>
                    ) : null}
                    {canCreate ? (
                      <Link className="button secondary" href={`/projects/${projectId}/labeling/${task.id}`}>
                        Review
                      </Link>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {canCreate ? (
        <CreateTaskForm
          projectId={projectId}
          runs={runs
            .filter((run) => run.status !== 'pending' && run.status !== 'running' && run.counts.succeeded > 0)
            .map((run) => ({
              id: run.id,
              label: `${run.datasetName} v${run.datasetVersion} × ${run.perModelConfig.map((entry) => entry.name).join(', ')} (${run.counts.succeeded} completions, ${new Date(run.createdAt).toLocaleString()})`,
            }))}
          datasets={datasets
            .filter((dataset) => dataset.latestVersion > 0)
            .map((dataset) => ({ id: dataset.id, name: dataset.name, latestVersion: dataset.latestVersion }))}
          members={members
            .filter((member) => hasProjectRole(member.role, 'labeler'))
            .map((member) => ({
              userId: member.userId,
              name: member.name,
              email: member.email,
              role: member.role,
            }))}
          initialRunId={typeof generationRun === 'string' ? generationRun : undefined}
        />
      ) : null}
    </>
  );
}
