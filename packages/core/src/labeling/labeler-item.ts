// What a labeler sees of one dealt item: the prompt with its variables filled in, the completion, and their
// own answer so far. Nothing says which model config wrote the completion.
import type { LabelingAssignment, LabelingTask, TDatabase } from '@yardstick/db';
import { renderMessages, type TPromptMessage } from '../prompts/template';
import type { TLabelerItemView } from './labeling-types';
import { labelerProgress } from './task-progress';

function promptOf(
  completion: { request: unknown; generationRun: { promptMessages: unknown } | null },
  variables: Record<string, string>,
): TPromptMessage[] {
  if (completion.generationRun) {
    return renderMessages(completion.generationRun.promptMessages as unknown as TPromptMessage[], variables);
  }
  const messages = (completion.request as { messages?: unknown }).messages;
  return Array.isArray(messages) ? (messages as TPromptMessage[]) : [];
}

export async function labelerItem(
  database: TDatabase,
  task: LabelingTask,
  assignment: LabelingAssignment,
): Promise<TLabelerItemView> {
  const item = await database.labelingItem.findUniqueOrThrow({
    where: { id: assignment.itemId },
    include: {
      completion: {
        select: {
          text: true,
          request: true,
          datasetItem: { select: { input: true } },
          generationRun: { select: { promptMessages: true } },
        },
      },
    },
  });
  const [rating, history, progress] = await Promise.all([
    database.rating.findUnique({ where: { labelingAssignmentId: assignment.id } }),
    database.labelingAssignment.findMany({
      where: { taskId: task.id, userId: assignment.userId },
      orderBy: [{ claimedAt: 'asc' }, { id: 'asc' }],
      select: { id: true },
    }),
    labelerProgress(database, task, assignment.userId),
  ]);
  const position = history.findIndex((entry) => entry.id === assignment.id);
  const variables = (item.completion.datasetItem?.input as Record<string, string> | undefined) ?? {};
  return {
    assignmentId: assignment.id,
    taskId: task.id,
    index: position + 1,
    prompt: promptOf(item.completion, variables),
    variables,
    completion: item.completion.text ?? '',
    answer: {
      status: assignment.status,
      stars: rating?.value ?? null,
      comment: rating?.comment ?? null,
      isFlagged: assignment.isFlagged,
      flagNote: assignment.flagNote,
    },
    previousAssignmentId: history[position - 1]?.id ?? null,
    nextAssignmentId: history[position + 1]?.id ?? null,
    progress,
  };
}
