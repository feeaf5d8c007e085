export { createRedisConnection } from './connection';
export { startConsumers, type TJobHandler, type TJobHandlers } from './consumer';
export { listLiveWorkers, startHeartbeat, type TWorkerHeartbeat } from './heartbeat';
export * from './jobs';
export { JobProducer, type TFlowJob } from './producer';
export { scheduleRepeatingJob } from './scheduler';
