'use client';
import type { TAlertView } from '@yardstick/core';

const kindLabels: Record<string, string> = {
  budget_80: '80% of budget',
  budget_100: 'Budget exceeded',
  daily_spike: 'Daily spike',
};

export function AlertsPanel({ alerts }: { alerts: TAlertView[] }) {
  const current = alerts.filter((alert) => alert.isCurrent);
  return (
    <>
      {current.length > 0 ? (
        <section className="card banner" role="alert" aria-label="Cost alerts">
          {current.map((alert) => (
            <p key={alert.id}>
              <strong>{kindLabels[alert.kind] ?? alert.kind}:</strong> {alert.message}
            </p>
          ))}
        </section>
      ) : null}
      {alerts.length > 0 ? (
        <details className="card">
          <summary>Alert history ({alerts.length})</summary>
          <table>
            <thead>
              <tr>
                <th>When</th>
                <th>Alert</th>
                <th>Period</th>
                <th>Webhook</th>
              </tr>
            </thead>
            <tbody>
              {alerts.map((alert) => (
                <tr key={alert.id}>
                  <td>{new Date(alert.createdAt).toLocaleString()}</td>
                  <td>{alert.message}</td>
                  <td>{alert.period}</td>
                  <td>
                    {alert.deliveredAt
                      ? 'delivered'
                      : alert.lastDeliveryError
                        ? `retrying (${alert.deliveryAttempts} attempts): ${alert.lastDeliveryError}`
                        : '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : null}
    </>
  );
}
