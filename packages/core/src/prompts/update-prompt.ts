import type { Prisma, TDatabase } from '@yardstick/db';
import { z } from 'zod';
import type { TActor } from '../access/actor';
import { requireProjectRole } from '../access/project-access';
import { ConflictError } from '../errors/app-error';
import { isUniqueViolation } from '../errors/database-errors';
import { withUniqueName } from '../errors/unique-name';
import { findPrompt } from './get-prompt';
import { ZPromptName, ZPromptTemplate } from './prompt-fields';
import { type TPromptView, toPromptView } from './prompt-view';
import { extractVariables, isSameTemplate, type TPromptMessage } from './template';

export const ZUpdatePrompt = z
  .strictObject({ name: ZPromptName.optional(), messages: ZPromptTemplate.optional() })
  .refine((input) => input.name !== undefined || input.messages !== undefined, {
    message: 'needs a name or messages to change',
  });
export type TUpdatePrompt = z.infer<typeof ZUpdatePrompt>;

/**
 * Renames a prompt and/or saves its text. Versions are immutable once used: changed text on a version that a
 * comparison has used becomes a new version; an unused latest version is edited in place; unchanged text
 * makes no version at all.
 */
export async function updatePrompt(
  database: TDatabase,
  actor: TActor,
  projectId: string,
  promptId: string,
  input: TUpdatePrompt,
): Promise<TPromptView> {
  await requireProjectRole(database, actor, projectId, 'member');
  const parsed = ZUpdatePrompt.parse(input);
  const prompt = await findPrompt(database, projectId, promptId);
  if (parsed.name !== undefined && parsed.name !== prompt.name) {
    await withUniqueName('prompt', parsed.name, () =>
      database.prompt.update({ where: { id: prompt.id }, data: { name: parsed.name } }),
    );
  }
  const latest = prompt.versions[0]!;
  if (parsed.messages && !isSameTemplate(parsed.messages, latest.messages as unknown as TPromptMessage[])) {
    await saveText(database, prompt.id, latest, parsed.messages);
  }
  const updated = await findPrompt(database, projectId, promptId);
  return toPromptView(updated, updated.versions, true);
}

async function saveText(
  database: TDatabase,
  promptId: string,
  latest: { id: string; version: number },
  messages: TPromptMessage[],
): Promise<void> {
  const data = {
    messages: messages as unknown as Prisma.InputJsonValue,
    variables: extractVariables(messages),
  };
  // The guard on firstUsedAt closes the race with a comparison that starts using the version right now.
  const { count } = await database.promptVersion.updateMany({
    where: { id: latest.id, firstUsedAt: null },
    data,
  });
  if (count === 1) return;
  try {
    await database.promptVersion.create({ data: { promptId, version: latest.version + 1, ...data } });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new ConflictError('Someone saved this prompt at the same moment; reload it and save again.');
    }
    throw error;
  }
  await database.prompt.update({ where: { id: promptId }, data: { updatedAt: new Date() } });
}
