import type { Prisma, TDatabase } from '@yardstick/db';
import { z } from 'zod';
import type { TActor } from '../access/actor';
import { requireProjectRole } from '../access/project-access';
import { withUniqueName } from '../errors/unique-name';
import { ZPromptName, ZPromptTemplate } from './prompt-fields';
import { type TPromptView, toPromptView } from './prompt-view';
import { extractVariables } from './template';

export const ZCreatePrompt = z.strictObject({ name: ZPromptName, messages: ZPromptTemplate });
export type TCreatePrompt = z.infer<typeof ZCreatePrompt>;

/** Saves a chat template as a prompt with its first version. */
export async function createPrompt(
  database: TDatabase,
  actor: TActor,
  projectId: string,
  input: TCreatePrompt,
): Promise<TPromptView> {
  await requireProjectRole(database, actor, projectId, 'member');
  const parsed = ZCreatePrompt.parse(input);
  const prompt = await withUniqueName('prompt', parsed.name, () =>
    database.prompt.create({
      data: {
        projectId,
        name: parsed.name,
        versions: {
          create: {
            version: 1,
            messages: parsed.messages as unknown as Prisma.InputJsonValue,
            variables: extractVariables(parsed.messages),
          },
        },
      },
      include: { versions: true },
    }),
  );
  return toPromptView(prompt, prompt.versions, true);
}
