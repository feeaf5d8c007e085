/** An alert as the app shows it. Browser-safe type. */
export interface TAlertView {
  id: string;
  kind: string;
  scope: 'project' | 'organization';
  projectId: string | null;
  period: string;
  message: string;
  /** In the current month (budgets) or today or yesterday (daily spikes): shown as a banner. */
  isCurrent: boolean;
  createdAt: string;
  deliveredAt: string | null;
  deliveryAttempts: number;
  lastDeliveryError: string | null;
}

export interface TAlertWebhookView {
  id: string;
  /** Webhook URLs carry their secret in the path: only the host and the last characters are shown. */
  maskedUrl: string;
  createdAt: string;
}
