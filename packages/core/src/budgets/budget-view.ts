import type { TMoney } from '../costs/cost-report-view';

/** A monthly budget with this month's spend so far (from the rollups). Browser-safe type. */
export interface TBudgetView {
  scope: 'project' | 'organization';
  monthlyLimit: TMoney;
  spikeMultiplier: number | null;
  month: string;
  spent: TMoney;
  /** Whole percent of the limit spent this month. */
  percentUsed: number;
}
