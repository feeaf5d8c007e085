import { z } from 'zod';
import { ZProjectParams } from './params';

const ZId = z.string().min(1).max(64);

export const ZModelConfigParams = ZProjectParams.extend({ modelConfigId: ZId });
export const ZPromptParams = ZProjectParams.extend({ promptId: ZId });
export const ZComparisonParams = ZProjectParams.extend({ comparisonId: ZId });
