import type { TDatabase } from '@yardstick/db';
import type { TActor } from '../access/actor';
import { requireProjectRole } from '../access/project-access';
import { NotFoundError } from '../errors/app-error';
import { type TPromptView, toPromptView } from './prompt-view';

export async function findPrompt(database: TDatabase, projectId: string, promptId: string) {
  const prompt = await database.prompt.findFirst({
    where: { id: promptId, projectId },
    include: { versions: { orderBy: { version: 'desc' } } },
  });
  if (!prompt) throw new NotFoundError('Prompt');
  return prompt;
}

/** A prompt with every version, newest first. */
export async function getPrompt(
  database: TDatabase,
  actor: TActor,
  projectId: string,
  promptId: string,
): Promise<TPromptView> {
  await requireProjectRole(database, actor, projectId, 'viewer');
  const prompt = await findPrompt(database, projectId, promptId);
  return toPromptView(prompt, prompt.versions, true);
}
