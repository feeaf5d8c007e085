import { exportComparison, ZExportComparison } from '@yardstick/core/server';
import { ZComparisonParams } from '@/server/playground-params';
import { route } from '@/server/route';

export const GET = route({
  auth: 'required',
  params: ZComparisonParams,
  query: ZExportComparison,
  handler: async ({ services, actor, params, query }) => {
    const file = await exportComparison(
      services.database,
      actor,
      params.projectId,
      params.comparisonId,
      query.format,
    );
    return new Response(file.body, {
      headers: {
        'content-type': file.contentType,
        'content-disposition': `attachment; filename="${file.fileName}"`,
      },
    });
  },
});
