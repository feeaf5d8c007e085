// The scheduled rollup job: fold new usage into the rollups, then evaluate budgets for what changed and queue
// the webhook deliveries of any alert raised for the first time.
import type { TDatabase } from '@yardstick/db';
import type { JobProducer } from '@yardstick/queue';
import { enqueueAlertDeliveries } from '../alerts/enqueue-alert-deliveries';
import { evaluateAlerts } from '../alerts/evaluate-alerts';
import { rollUpUsage, type TRollUpUsage } from './roll-up-usage';

export async function runUsageRollup(
  context: { database: TDatabase; producer: JobProducer },
  options: TRollUpUsage = {},
): Promise<{ events: number; batches: number; alerts: number; deliveries: number }> {
  const result = await rollUpUsage(context.database, options);
  const alerts = await evaluateAlerts(context.database, result.touched);
  const deliveries = await enqueueAlertDeliveries(context, alerts);
  return { events: result.events, batches: result.batches, alerts: alerts.length, deliveries };
}
