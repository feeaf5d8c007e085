import { getLabelingTask, hasProjectRole, isAppError, reviewLabelingTask } from '@yardstick/core/server';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { requireProjectPage } from '@/server/project-page';
import { services } from '@/server/services';
import '../../ground-truth.css';
import '../labeling.css';
import { AgreementCard } from './agreement-card';
import { DisagreementsCard } from './disagreements-card';
import { LabelersCard } from './labelers-card';
import { ModelsCard } from './models-card';
import { PromotionPanel } from './promotion-panel';

export const dynamic = 'force-dynamic';

export default async function TaskReviewPage({
  params,
}: {
  params: Promise<{ projectId: string; taskId: string }>;
}) {
  const { projectId, taskId } = await params;
  const { actor, access } = await requireProjectPage(projectId);
  const { database } = services();
  const task = await getLabelingTask(database, actor, projectId, taskId).catch((error: unknown) => {
    if (isAppError(error) && error.status === 404) notFound();
    throw error;
  });
  // Reviewing shows model names and others' ratings; labelers label, blind.
  if (!hasProjectRole(access.role, 'member')) {
    if (task.isAssignedToMe) redirect(`/projects/${projectId}/labeling/${taskId}/label`);
    notFound();
  }
  const review = await reviewLabelingTask(database, actor, projectId, taskId);
  const exportBase = `/api/v1/projects/${projectId}/labeling-tasks/${taskId}/ratings/export`;
  return (
    <>
      <p className="muted">
        <Link href={`/projects/${projectId}/labeling`}>Labeling</Link> › {task.name}
      </p>
      <div className="labeler-head">
        <h1>{task.name}</h1>
        <div className="inline-actions">
          {task.isAssignedToMe ? (
            <Link className="button" href={`/projects/${projectId}/labeling/${taskId}/label`}>
              Start labeling
            </Link>
          ) : null}
          <a className="button secondary" href={`${exportBase}?format=csv`}>
            Export ratings CSV
          </a>
          <a className="button secondary" href={`${exportBase}?format=jsonl`}>
            Export ratings JSONL
          </a>
        </div>
      </div>
      <section className="card task-progress" data-testid="review-progress">
        <span>
          <span className="stat">{review.progress.ratings}</span> / {review.progress.target} ratings
        </span>
        <span>
          {review.progress.completeItems} / {review.progress.items} items have all {task.overlap} ratings
        </span>
        {review.generationCost ? (
          <span data-testid="labeling-cost">
            generation cost {review.generationCost.cost.display}
            {review.generationCost.unitCost
              ? ` · ${review.generationCost.unitCost.display} per labeled item`
              : ''}
            {review.generationCost.unpricedCalls > 0
              ? ` (${review.generationCost.unpricedCalls} unpriced calls not included)`
              : ''}
          </span>
        ) : null}
        <span className="muted">
          {task.datasetName} v{task.datasetVersion} · overlap {task.overlap} ·{' '}
          {task.assignees.map((assignee) => assignee.name).join(', ')}
        </span>
      </section>
      <div className="review-grid">
        <AgreementCard agreement={review.agreement} />
        <ModelsCard models={review.models} />
      </div>
      <LabelersCard labelers={review.labelers} />
      <DisagreementsCard disagreements={review.disagreements} flagged={review.flagged} />
      {task.source === 'generation_run' ? (
        <PromotionPanel projectId={projectId} taskId={taskId} datasetId={task.datasetId} />
      ) : null}
    </>
  );
}
