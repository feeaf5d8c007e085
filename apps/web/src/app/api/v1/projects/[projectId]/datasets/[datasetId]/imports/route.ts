// Uploads a whole file (the request body, streamed) into the dataset as a new version; the mapping and the
// options travel in the query string.
import { importDatasetItems, ZImportDatasetItems } from '@yardstick/core/server';
import { z } from 'zod';
import { ZDatasetParams } from '@/server/labeling-params';
import { route } from '@/server/route';
import { uploadedFile } from '@/server/upload';

const ZImportQuery = ZImportDatasetItems.extend({
  mapping: z
    .string({ message: 'is required: the column mapping as JSON' })
    .transform((text, context) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        context.addIssue({ code: 'custom', message: 'is not valid JSON' });
        return z.NEVER;
      }
    })
    .pipe(ZImportDatasetItems.shape.mapping),
});

export const POST = route({
  auth: 'required',
  params: ZDatasetParams,
  query: ZImportQuery,
  status: 201,
  handler: async ({ request, services, actor, params, query }) => {
    const file = uploadedFile(request);
    try {
      return await importDatasetItems(
        services.database,
        actor,
        params.projectId,
        params.datasetId,
        query,
        file.chunks,
      );
    } catch (error) {
      await file.drain();
      throw error;
    }
  },
});
