export { DEMO_DATASET, EMULATED_MODELS } from './fixture';
export { type RunningEmulator, type StartEmulatorOptions, startEmulator } from './server';
export type { EmulatorFault, EmulatorLatency, FaultKind } from './types';
