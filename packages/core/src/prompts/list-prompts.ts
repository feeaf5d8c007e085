import type { TDatabase } from '@yardstick/db';
import type { TActor } from '../access/actor';
import { requireProjectRole } from '../access/project-access';
import { type TPromptView, toPromptView } from './prompt-view';

/** The project's prompts with their latest version, by name. */
export async function listPrompts(
  database: TDatabase,
  actor: TActor,
  projectId: string,
): Promise<TPromptView[]> {
  await requireProjectRole(database, actor, projectId, 'viewer');
  const prompts = await database.prompt.findMany({
    where: { projectId },
    include: { versions: { orderBy: { version: 'desc' }, take: 1 } },
    orderBy: { name: 'asc' },
  });
  return prompts.map((prompt) => toPromptView(prompt, prompt.versions, false));
}
