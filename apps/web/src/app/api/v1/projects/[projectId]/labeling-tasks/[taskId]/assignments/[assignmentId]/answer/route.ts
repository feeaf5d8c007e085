import { answerAssignment, ZAnswerAssignment } from '@yardstick/core/server';
import { ZAssignmentParams } from '@/server/labeling-params';
import { route } from '@/server/route';

export const POST = route({
  auth: 'required',
  params: ZAssignmentParams,
  body: ZAnswerAssignment,
  handler: async ({ services, actor, params, body }) =>
    answerAssignment(services.database, actor, params.projectId, params.taskId, params.assignmentId, body),
});
