import { getPrompt, updatePrompt, ZUpdatePrompt } from '@yardstick/core/server';
import { ZPromptParams } from '@/server/playground-params';
import { route } from '@/server/route';

export const GET = route({
  auth: 'required',
  params: ZPromptParams,
  handler: async ({ services, actor, params }) =>
    getPrompt(services.database, actor, params.projectId, params.promptId),
});

export const PATCH = route({
  auth: 'required',
  params: ZPromptParams,
  body: ZUpdatePrompt,
  handler: async ({ services, actor, params, body }) =>
    updatePrompt(services.database, actor, params.projectId, params.promptId, body),
});
