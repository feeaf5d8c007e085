// Posts an alert to a webhook as Slack-compatible JSON ({ text }). A failure is recorded on the alert and
// thrown, so the job is retried with backoff; a delivery that already succeeded is not repeated by a retry.
import type { TDatabase } from '@yardstick/db';
import { z } from 'zod';

export const ZDeliverAlert = z.object({ alertId: z.string().min(1), webhookId: z.string().min(1) });

const timeoutMs = 10_000;

export async function deliverAlert(
  database: TDatabase,
  input: z.input<typeof ZDeliverAlert>,
): Promise<{ isDelivered: boolean; status?: number }> {
  const { alertId, webhookId } = ZDeliverAlert.parse(input);
  const [alert, webhook] = await Promise.all([
    database.alert.findUnique({ where: { id: alertId } }),
    database.alertWebhook.findUnique({ where: { id: webhookId } }),
  ]);
  // Deleted since it was queued (or not the alert's organization): nothing to deliver, and nothing to retry.
  if (!alert || !webhook || webhook.organizationId !== alert.organizationId) return { isDelivered: false };
  let failure: string;
  try {
    const response = await fetch(webhook.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: `Yardstick: ${alert.message}` }),
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'error',
    });
    if (response.ok) {
      await database.alert.update({
        where: { id: alert.id },
        data: { deliveredAt: new Date(), deliveryAttempts: { increment: 1 }, lastDeliveryError: null },
      });
      return { isDelivered: true, status: response.status };
    }
    failure = `The webhook answered ${response.status} ${response.statusText}`.trim();
  } catch (error) {
    failure = `The webhook could not be reached: ${error instanceof Error ? error.message : String(error)}`;
  }
  await database.alert.update({
    where: { id: alert.id },
    data: { deliveryAttempts: { increment: 1 }, lastDeliveryError: failure.slice(0, 500) },
  });
  throw new Error(failure);
}
