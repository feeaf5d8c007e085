import { getLabelingTask, isAppError } from '@yardstick/core/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireProjectPage } from '@/server/project-page';
import { services } from '@/server/services';
import '../../../ground-truth.css';
import '../../labeling.css';
import { Labeler } from './labeler';

export const dynamic = 'force-dynamic';

export default async function LabelPage({
  params,
}: {
  params: Promise<{ projectId: string; taskId: string }>;
}) {
  const { projectId, taskId } = await params;
  const { actor } = await requireProjectPage(projectId);
  const task = await getLabelingTask(services().database, actor, projectId, taskId).catch(
    (error: unknown) => {
      if (isAppError(error) && error.status === 404) notFound();
      throw error;
    },
  );
  return (
    <>
      <p className="muted">
        <Link href={`/projects/${projectId}/labeling`}>Labeling</Link> › {task.name}
      </p>
      {task.isAssignedToMe ? (
        <Labeler projectId={projectId} taskId={taskId} taskName={task.name} rubric={task.rubric} />
      ) : (
        <section className="card notice">
          <h2>Not assigned to you</h2>
          <p>Only the task&apos;s assignees label it. Ask its creator to add you.</p>
        </section>
      )}
    </>
  );
}
