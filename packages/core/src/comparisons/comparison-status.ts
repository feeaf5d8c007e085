import type { TRunStatus } from './comparison-types';

/**
 * A comparison's status once no cell is left to run: cancelled if any cell was stopped, failed if every cell
 * failed, else succeeded (failed cells show their errors in place).
 */
export function settledStatus(cellStatuses: readonly TRunStatus[]): TRunStatus {
  if (cellStatuses.includes('cancelled')) return 'cancelled';
  if (cellStatuses.length > 0 && cellStatuses.every((status) => status === 'failed')) return 'failed';
  return 'succeeded';
}
