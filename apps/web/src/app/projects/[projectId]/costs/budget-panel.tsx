'use client';
import type { TAlertWebhookView, TBudgetView } from '@yardstick/core';
import { useCallback, useEffect, useState } from 'react';
import { FormError } from '@/components/forms/field-errors';
import { useSubmit } from '@/components/forms/use-submit';
import { api } from '@/lib/api';
import type { TBudgets } from './costs-dashboard';

function BudgetForm(props: {
  projectId: string;
  scope: 'project' | 'organization';
  budget: TBudgetView | null;
  onChanged: () => Promise<void>;
}) {
  const label = props.scope === 'project' ? 'Project budget' : 'Organization budget';
  const save = useSubmit(async (form: FormData) => {
    const spike = String(form.get('spikeMultiplier') ?? '').trim();
    await api(`/api/v1/projects/${props.projectId}/budgets`, {
      method: 'PUT',
      body: {
        scope: props.scope,
        monthlyLimitUsd: String(form.get('monthlyLimitUsd') ?? '').trim(),
        spikeMultiplier: spike === '' ? null : Number(spike),
      },
    });
    await props.onChanged();
  });
  const remove = useSubmit(async () => {
    await api(`/api/v1/projects/${props.projectId}/budgets?scope=${props.scope}`, { method: 'DELETE' });
    await props.onChanged();
  });
  return (
    <form
      className="stack"
      aria-label={label}
      onSubmit={(event) => {
        event.preventDefault();
        void save.submit(new FormData(event.currentTarget));
      }}
    >
      <h3>{label}</h3>
      {props.budget ? (
        <p>
          {props.budget.spent.display} of {props.budget.monthlyLimit.display} spent in {props.budget.month} (
          {props.budget.percentUsed}%)
          <progress max={100} value={Math.min(props.budget.percentUsed, 100)} aria-label={`${label} used`} />
        </p>
      ) : (
        <p className="muted">No budget set.</p>
      )}
      <div className="row">
        <label>
          Monthly budget (USD)
          <input
            name="monthlyLimitUsd"
            inputMode="decimal"
            required
            placeholder="500"
            defaultValue={props.budget?.monthlyLimit.usd ?? ''}
            key={props.budget?.monthlyLimit.usd ?? 'none'}
          />
        </label>
        <label>
          Daily spike alert (× 7-day average)
          <input
            name="spikeMultiplier"
            type="number"
            min={1.1}
            step={0.1}
            placeholder="off"
            defaultValue={props.budget?.spikeMultiplier ?? ''}
          />
        </label>
        <button type="submit" disabled={save.isPending}>
          Save budget
        </button>
        {props.budget ? (
          <button type="button" className="secondary" onClick={() => void remove.submit()}>
            Remove
          </button>
        ) : null}
      </div>
      <FormError error={save.error ?? remove.error} />
    </form>
  );
}

function WebhooksForm({ projectId }: { projectId: string }) {
  const [webhooks, setWebhooks] = useState<TAlertWebhookView[]>([]);
  const load = useCallback(async () => {
    const found = await api<{ webhooks: TAlertWebhookView[] }>(
      `/api/v1/projects/${projectId}/alert-webhooks`,
    );
    setWebhooks(found.webhooks);
  }, [projectId]);
  useEffect(() => {
    void load().catch(() => {});
  }, [load]);
  const add = useSubmit(async (form: FormData) => {
    await api(`/api/v1/projects/${projectId}/alert-webhooks`, {
      body: { url: String(form.get('url') ?? '').trim() },
    });
    await load();
  });
  const remove = useSubmit(async (webhookId: string) => {
    await api(`/api/v1/projects/${projectId}/alert-webhooks/${webhookId}`, { method: 'DELETE' });
    await load();
  });
  return (
    <div className="stack">
      <h3>Alert webhooks</h3>
      <p className="muted">
        Alerts are posted as Slack-compatible JSON ({'{ "text": "…" }'}), retried until accepted.
      </p>
      {webhooks.map((webhook) => (
        <div className="row" key={webhook.id}>
          <code>{webhook.maskedUrl}</code>
          <button type="button" className="danger" onClick={() => void remove.submit(webhook.id)}>
            Remove
          </button>
        </div>
      ))}
      <form
        className="row"
        onSubmit={(event) => {
          event.preventDefault();
          void add.submit(new FormData(event.currentTarget));
          event.currentTarget.reset();
        }}
      >
        <label>
          Webhook URL
          <input name="url" type="url" required placeholder="https://hooks.slack.com/services/…" />
        </label>
        <button type="submit" disabled={add.isPending}>
          Add webhook
        </button>
      </form>
      <FormError error={add.error ?? remove.error} />
    </div>
  );
}

export function BudgetPanel(props: { projectId: string; budgets: TBudgets; onChanged: () => Promise<void> }) {
  const { budgets } = props;
  return (
    <section className="card stack" aria-label="Budgets and alerts">
      <h2>Budgets and alerts</h2>
      <p className="muted">
        Alerts fire once per month at 80% and 100% of a monthly budget, and on a day above the spike multiple.
      </p>
      {budgets.canManageProject ? (
        <BudgetForm
          projectId={props.projectId}
          scope="project"
          budget={budgets.project}
          onChanged={props.onChanged}
        />
      ) : budgets.project ? (
        <p>
          Project budget: {budgets.project.spent.display} of {budgets.project.monthlyLimit.display} (
          {budgets.project.percentUsed}%)
        </p>
      ) : null}
      {budgets.canManageOrganization ? (
        <>
          <BudgetForm
            projectId={props.projectId}
            scope="organization"
            budget={budgets.organization}
            onChanged={props.onChanged}
          />
          <WebhooksForm projectId={props.projectId} />
        </>
      ) : null}
    </section>
  );
}
