import type { PromptCache } from './caching';
import type { FaultQueue } from './faults';
import type { RequestLog } from './requests';
import type { EmulatorLatency } from './types';

/** Everything one running emulator instance remembers between requests. */
export interface EmulatorState {
  faults: FaultQueue;
  cache: PromptCache;
  requests: RequestLog;
  /** Global override of the per-model latency profiles. */
  latency: EmulatorLatency | undefined;
}
