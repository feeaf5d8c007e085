// Sets a monthly budget (for a project, or for the whole organization), then evaluates it at once: a budget
// set below what was already spent this month raises its alert now, not at the next call.
import type { TDatabase } from '@yardstick/db';
import type { JobProducer } from '@yardstick/queue';
import { z } from 'zod';
import type { TActor } from '../access/actor';
import { enqueueAlertDeliveries } from '../alerts/enqueue-alert-deliveries';
import { evaluateAlerts } from '../alerts/evaluate-alerts';
import { utcDay } from '../costs/cost-query';
import { ZUsdAmount } from '../costs/money';
import { requireBudgetScope } from './budget-scope';
import type { TBudgetView } from './budget-view';
import { toBudgetView } from './list-budgets';

export const ZSetBudget = z
  .object({
    scope: z.enum(['project', 'organization']).default('project'),
    monthlyLimitUsd: ZUsdAmount.refine((nanoUsd) => nanoUsd > 0n, 'must be more than 0'),
    /** Alert when a day's spend exceeds this multiple of the trailing 7-day average; null turns it off. */
    spikeMultiplier: z.number().min(1.1).max(1000).nullable().default(null),
  })
  .strict();

export async function setBudget(
  context: { database: TDatabase; producer: JobProducer },
  actor: TActor,
  projectId: string,
  body: z.output<typeof ZSetBudget>,
  now = new Date(),
): Promise<TBudgetView> {
  const { database } = context;
  const scope = await requireBudgetScope(database, actor, projectId, body.scope);
  const budget = await database.budget.upsert({
    where: { organizationId_scopeKey: { organizationId: scope.organizationId, scopeKey: scope.scopeKey } },
    create: {
      organizationId: scope.organizationId,
      projectId: scope.budgetProjectId,
      scopeKey: scope.scopeKey,
      monthlyLimitNanoUsd: body.monthlyLimitUsd,
      spikeMultiplier: body.spikeMultiplier,
    },
    update: { monthlyLimitNanoUsd: body.monthlyLimitUsd, spikeMultiplier: body.spikeMultiplier },
  });
  const alerts = await evaluateAlerts(database, [{ projectId, day: utcDay(now) }], {
    onlyScopeKeys: [scope.scopeKey],
  });
  await enqueueAlertDeliveries(context, alerts);
  return toBudgetView(database, budget, now);
}
