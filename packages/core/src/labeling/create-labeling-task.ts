// A labeling task: a set of completions to rate × a rubric × the people who rate them, each item by `overlap`
// of them (so their agreement can be measured). The completions are either a finished generation run's, or a
// dataset version's expected outputs (stored as completions standing for them, so every rating rates one).
import { randomBytes } from 'node:crypto';
import type { Prisma, TDatabase } from '@yardstick/db';
import { z } from 'zod';
import { actingUserId } from '../access/acting-user';
import type { TActor } from '../access/actor';
import { findProjectRole, requireProjectRole } from '../access/project-access';
import { hasProjectRole } from '../access/roles';
import { findDatasetVersion, findProjectDataset } from '../datasets/find-dataset';
import { itemsOfVersion } from '../datasets/version-items';
import { ConflictError, NotFoundError, ValidationError } from '../errors/app-error';
import { renderMessages, type TPromptMessage } from '../prompts/template';
import { getLabelingTask } from './get-labeling-task';
import type { TLabelingTaskView } from './labeling-types';
import { defaultRubric, ZRubric } from './rubric';

export const ZCreateLabelingTask = z.object({
  name: z.string().trim().min(1, 'is required').max(120, 'must be at most 120 characters'),
  source: z.discriminatedUnion(
    'kind',
    [
      z.object({ kind: z.literal('generation_run'), generationRunId: z.string().min(1).max(64) }),
      z.object({
        kind: z.literal('expected_output'),
        datasetId: z.string().min(1).max(64),
        datasetVersion: z.number().int().min(1),
        /** Renders each item's prompt for the labeler; without it the input variables are shown. */
        promptVersionId: z.string().min(1).max(64).optional(),
      }),
    ],
    {
      message:
        'must be { kind: "generation_run", generationRunId } or { kind: "expected_output", datasetId, datasetVersion }',
    },
  ),
  overlap: z.number().int().min(1, 'must be at least 1').max(10, 'must be at most 10').default(2),
  assigneeIds: z
    .array(z.string().min(1).max(64))
    .min(1, 'needs at least one labeler')
    .max(100)
    .refine((ids) => new Set(ids).size === ids.length, 'lists someone twice'),
  rubric: ZRubric.optional(),
});
export type TCreateLabelingTask = z.input<typeof ZCreateLabelingTask>;

async function checkAssignees(database: TDatabase, projectId: string, userIds: string[]): Promise<void> {
  const users = await database.user.findMany({ where: { id: { in: userIds } } });
  for (const [index, userId] of userIds.entries()) {
    const user = users.find((candidate) => candidate.id === userId);
    const access = user
      ? await findProjectRole(
          database,
          { kind: 'user', userId, email: user.email, name: user.name },
          projectId,
        )
      : undefined;
    if (!access || !hasProjectRole(access.role, 'labeler')) {
      throw new ValidationError(
        `body.assigneeIds.${index}: "${user?.email ?? userId}" is not a labeler (or more) in this project.`,
      );
    }
  }
}

async function generatedCompletions(database: TDatabase, projectId: string, generationRunId: string) {
  const run = await database.generationRun.findFirst({ where: { id: generationRunId, projectId } });
  if (!run) throw new NotFoundError('Generation run');
  if (run.status === 'pending' || run.status === 'running') {
    throw new ConflictError('The generation run is still running; create the task once it has finished.');
  }
  const completions = await database.completion.findMany({
    where: { generationRunId, status: 'succeeded' },
    orderBy: [{ rowIndex: 'asc' }, { columnIndex: 'asc' }],
    select: { id: true },
  });
  if (completions.length === 0)
    throw new ValidationError('The generation run has no successful completions to label.');
  return {
    datasetVersionId: run.datasetVersionId,
    completionIds: completions.map((completion) => completion.id),
  };
}

async function expectedOutputCompletions(
  transaction: Prisma.TransactionClient,
  projectId: string,
  source: { datasetId: string; datasetVersion: number; promptVersionId?: string },
) {
  let template: TPromptMessage[] | undefined;
  if (source.promptVersionId) {
    const version = await transaction.promptVersion.findFirst({
      where: { id: source.promptVersionId, prompt: { projectId } },
    });
    if (!version) throw new NotFoundError('Prompt version');
    template = version.messages as unknown as TPromptMessage[];
  }
  const items = await transaction.datasetItem.findMany({
    where: { ...itemsOfVersion(source.datasetId, source.datasetVersion), expectedOutput: { not: null } },
    orderBy: { ordinal: 'asc' },
  });
  if (items.length === 0)
    throw new ValidationError('No item of this dataset version has an expected output to label.');
  const created = await transaction.completion.createManyAndReturn({
    data: items.map((item) => {
      const input = item.input as Record<string, string>;
      const messages = template
        ? renderMessages(template, input)
        : [
            {
              role: 'user' as const,
              content: Object.entries(input)
                .map(([name, value]) => `${name}: ${value}`)
                .join('\n\n'),
            },
          ];
      return {
        projectId,
        rowIndex: item.ordinal,
        columnIndex: 0,
        datasetItemId: item.id,
        promptVersionId: source.promptVersionId ?? null,
        request: { source: 'expected_output', messages } as Prisma.InputJsonObject,
        status: 'succeeded' as const,
        text: item.expectedOutput,
      };
    }),
    select: { id: true },
  });
  return created.map((completion) => completion.id);
}

export async function createLabelingTask(
  database: TDatabase,
  actor: TActor,
  projectId: string,
  input: TCreateLabelingTask,
): Promise<TLabelingTaskView> {
  await requireProjectRole(database, actor, projectId, 'member');
  const parsed = ZCreateLabelingTask.parse(input);
  if (parsed.assigneeIds.length < parsed.overlap) {
    throw new ValidationError(
      `body.overlap ${parsed.overlap} needs at least ${parsed.overlap} assignees (each item goes to ${parsed.overlap} different people); assign more people or lower the overlap.`,
    );
  }
  await checkAssignees(database, projectId, parsed.assigneeIds);
  const { source } = parsed;
  const generated =
    source.kind === 'generation_run'
      ? await generatedCompletions(database, projectId, source.generationRunId)
      : undefined;
  let datasetVersionId = generated?.datasetVersionId;
  if (source.kind === 'expected_output') {
    await findProjectDataset(database, projectId, source.datasetId);
    datasetVersionId = (await findDatasetVersion(database, source.datasetId, source.datasetVersion)).id;
  }
  const taskId = await database.$transaction(
    async (transaction) => {
      const completionIds =
        generated?.completionIds ??
        (await expectedOutputCompletions(
          transaction,
          projectId,
          source as Extract<typeof source, { kind: 'expected_output' }>,
        ));
      const task = await transaction.labelingTask.create({
        data: {
          projectId,
          name: parsed.name,
          rubric: (parsed.rubric ?? defaultRubric) as unknown as Prisma.InputJsonObject,
          overlap: parsed.overlap,
          source: source.kind,
          generationRunId: source.kind === 'generation_run' ? source.generationRunId : null,
          datasetVersionId: datasetVersionId!,
          shuffleSeed: randomBytes(8).toString('hex'),
          createdById: actingUserId(actor),
          assignees: { create: parsed.assigneeIds.map((userId) => ({ userId })) },
        },
      });
      for (let start = 0; start < completionIds.length; start += 5000) {
        await transaction.labelingItem.createMany({
          data: completionIds.slice(start, start + 5000).map((completionId, offset) => ({
            taskId: task.id,
            completionId,
            position: start + offset,
          })),
        });
      }
      return task.id;
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
  return getLabelingTask(database, actor, projectId, taskId);
}
