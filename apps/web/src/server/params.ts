import { z } from 'zod';

export const ZProjectParams = z.object({ projectId: z.string().min(1).max(64) });
