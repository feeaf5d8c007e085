import { getMyAssignment } from '@yardstick/core/server';
import { ZAssignmentParams } from '@/server/labeling-params';
import { route } from '@/server/route';

export const GET = route({
  auth: 'required',
  params: ZAssignmentParams,
  handler: async ({ services, actor, params }) =>
    getMyAssignment(services.database, actor, params.projectId, params.taskId, params.assignmentId),
});
