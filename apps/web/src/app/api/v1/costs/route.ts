import { costReportFileName, costReportToCsv, getCostReport, ZCostQuery } from '@yardstick/core/server';
import { z } from 'zod';
import { route } from '@/server/route';

const ZCostRequest = ZCostQuery.extend({
  /** csv: the current table (rows) as a file, with exact amounts. */
  format: z.enum(['json', 'csv']).default('json'),
});

export const GET = route({
  auth: 'required',
  query: ZCostRequest,
  handler: async ({ services, actor, query }) => {
    const { format, ...filters } = query;
    const report = await getCostReport(services.database, actor, filters);
    if (format === 'json') return report;
    return new Response(costReportToCsv(report), {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${costReportFileName(report)}"`,
      },
    });
  },
});
