import type { Alert, TDatabase } from '@yardstick/db';
import type { JobProducer } from '@yardstick/queue';

/** Retries back off exponentially from 5 s: a webhook that is down for about an hour still gets the alert. */
const deliveryAttempts = 10;
const firstRetryDelayMs = 5000;

/** One delivery job per (alert, webhook); the job id makes enqueueing twice harmless. */
export async function enqueueAlertDeliveries(
  context: { database: TDatabase; producer: JobProducer },
  alerts: readonly Alert[],
): Promise<number> {
  if (alerts.length === 0) return 0;
  const organizationIds = [...new Set(alerts.map((alert) => alert.organizationId))];
  const webhooks = await context.database.alertWebhook.findMany({
    where: { organizationId: { in: organizationIds } },
  });
  let enqueued = 0;
  for (const alert of alerts) {
    for (const webhook of webhooks.filter((candidate) => candidate.organizationId === alert.organizationId)) {
      await context.producer.enqueue(
        'alerts.deliver',
        { alertId: alert.id, webhookId: webhook.id },
        {
          jobId: `alert-${alert.id}-${webhook.id}`,
          attempts: deliveryAttempts,
          backoff: { type: 'exponential', delay: firstRetryDelayMs },
        },
      );
      enqueued += 1;
    }
  }
  return enqueued;
}
