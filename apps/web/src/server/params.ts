import { z } from 'zod';

export const ZProjectParams = z.object({ projectId: z.string().min(1).max(64) });
export const ZConnectionParams = ZProjectParams.extend({ connectionId: z.string().min(1).max(64) });
