import { z } from 'zod';
import { ZProjectParams } from './params';

const id = z.string().min(1).max(64);

export const ZDatasetParams = ZProjectParams.extend({ datasetId: id });
export const ZDatasetItemParams = ZDatasetParams.extend({ itemId: id });
export const ZDatasetVersionParams = ZDatasetParams.extend({ version: z.coerce.number().int().min(1) });
export const ZGenerationRunParams = ZProjectParams.extend({ generationRunId: id });
export const ZLabelingTaskParams = ZProjectParams.extend({ taskId: id });
export const ZAssignmentParams = ZLabelingTaskParams.extend({ assignmentId: id });
