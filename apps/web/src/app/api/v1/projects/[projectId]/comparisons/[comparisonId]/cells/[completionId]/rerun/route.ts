import { rerunCell } from '@yardstick/core/server';
import { z } from 'zod';
import { ZComparisonParams } from '@/server/playground-params';
import { route } from '@/server/route';

export const POST = route({
  auth: 'required',
  params: ZComparisonParams.extend({ completionId: z.string().min(1).max(64) }),
  status: 201,
  handler: async ({ services, actor, params }) =>
    rerunCell(services, actor, params.projectId, params.comparisonId, params.completionId),
});
