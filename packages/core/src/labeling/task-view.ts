import type { LabelingTask, TDatabase } from '@yardstick/db';
import type { TLabelingTaskView } from './labeling-types';
import type { TRubric } from './rubric';

/** Task summaries with their assignees and rating counts, for the list and the task page. */
export async function toTaskViews(
  database: TDatabase,
  tasks: LabelingTask[],
  viewerId: string | null,
): Promise<TLabelingTaskView[]> {
  if (tasks.length === 0) return [];
  const ids = tasks.map((task) => task.id);
  const [assignees, items, ratings, versions] = await Promise.all([
    database.labelingAssignee.findMany({
      where: { taskId: { in: ids } },
      include: { user: { select: { name: true, email: true } } },
      orderBy: { createdAt: 'asc' },
    }),
    database.labelingItem.groupBy({ by: ['taskId'], where: { taskId: { in: ids } }, _count: { _all: true } }),
    database.labelingAssignment.groupBy({
      by: ['taskId'],
      where: { taskId: { in: ids }, status: 'submitted' },
      _count: { _all: true },
    }),
    database.datasetVersion.findMany({
      where: { id: { in: tasks.map((task) => task.datasetVersionId) } },
      include: { dataset: { select: { id: true, name: true } } },
    }),
  ]);
  return tasks.map((task) => {
    const version = versions.find((candidate) => candidate.id === task.datasetVersionId)!;
    const itemCount = items.find((group) => group.taskId === task.id)?._count._all ?? 0;
    const taskAssignees = assignees.filter((assignee) => assignee.taskId === task.id);
    return {
      id: task.id,
      name: task.name,
      source: task.source,
      datasetId: version.dataset.id,
      datasetName: version.dataset.name,
      datasetVersion: version.number,
      generationRunId: task.generationRunId,
      overlap: task.overlap,
      rubric: task.rubric as unknown as TRubric,
      assignees: taskAssignees.map((assignee) => ({
        userId: assignee.userId,
        name: assignee.user.name,
        email: assignee.user.email,
      })),
      itemCount,
      ratingCount: ratings.find((group) => group.taskId === task.id)?._count._all ?? 0,
      target: itemCount * task.overlap,
      isAssignedToMe: taskAssignees.some((assignee) => assignee.userId === viewerId),
      createdAt: task.createdAt.toISOString(),
    };
  });
}
