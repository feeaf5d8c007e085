'use client';
import type { TAlertView, TBudgetView, TCostReport } from '@yardstick/core';
import { useCallback, useEffect, useState } from 'react';
import { FormError } from '@/components/forms/field-errors';
import { api } from '@/lib/api';
import { AlertsPanel } from './alerts-panel';
import { BudgetPanel } from './budget-panel';
import { CostDrivers } from './cost-drivers';
import { CostFilters } from './cost-filters';
import { costQueryString, defaultFilters, type TCostFilters } from './cost-filters-state';
import { CostTable } from './cost-table';
import { ProjectionPanel } from './projection-panel';
import { SpendChart } from './spend-chart';
import { Totals } from './totals';
import { UsageCharts } from './usage-charts';

export interface TBudgets {
  project: TBudgetView | null;
  organization: TBudgetView | null;
  canManageProject: boolean;
  canManageOrganization: boolean;
}

export function CostsDashboard(props: {
  projectId: string;
  projects: { id: string; name: string }[];
  budgets: TBudgets;
}) {
  const [filters, setFilters] = useState<TCostFilters>(() => defaultFilters());
  const [report, setReport] = useState<TCostReport>();
  const [alerts, setAlerts] = useState<TAlertView[]>([]);
  const [budgets, setBudgets] = useState<TBudgets>(props.budgets);
  const [error, setError] = useState<Error>();
  const [isLoading, setLoading] = useState(true);
  const query = costQueryString(props.projectId, filters);

  const refreshAlerts = useCallback(async () => {
    const found = await api<{ alerts: TAlertView[] }>(
      `/api/v1/costs/alerts?projectId=${encodeURIComponent(props.projectId)}&scope=${filters.scope}`,
    );
    setAlerts(found.alerts);
  }, [props.projectId, filters.scope]);

  useEffect(() => {
    let isCurrent = true;
    setLoading(true);
    api<TCostReport>(`/api/v1/costs?${query}`)
      .then((loaded) => {
        if (!isCurrent) return;
        setReport(loaded);
        setError(undefined);
      })
      .catch(
        (caught: unknown) =>
          isCurrent && setError(caught instanceof Error ? caught : new Error(String(caught))),
      )
      .finally(() => isCurrent && setLoading(false));
    return () => {
      isCurrent = false;
    };
  }, [query]);

  useEffect(() => {
    void refreshAlerts().catch(() => {});
  }, [refreshAlerts]);

  const onBudgetsChanged = async () => {
    setBudgets(await api<TBudgets>(`/api/v1/projects/${props.projectId}/budgets`));
    await refreshAlerts();
  };

  return (
    <div className="stack costs" aria-busy={isLoading}>
      <AlertsPanel alerts={alerts} />
      <CostFilters
        filters={filters}
        onChange={setFilters}
        projects={props.projects}
        options={report?.options}
        csvHref={`/api/v1/costs?${costQueryString(props.projectId, filters, { format: 'csv' })}`}
      />
      <FormError error={error} />
      {report ? (
        <>
          {report.hasPendingEvents ? (
            <p className="muted" role="status">
              Some recent calls are not counted yet: the rollups catch up within seconds.
            </p>
          ) : null}
          <Totals report={report} />
          <SpendChart report={report} />
          <UsageCharts report={report} />
          <CostTable report={report} />
          <CostDrivers report={report} />
        </>
      ) : null}
      <BudgetPanel projectId={props.projectId} budgets={budgets} onChanged={onBudgetsChanged} />
      <ProjectionPanel projectId={props.projectId} drivers={report?.drivers} />
    </div>
  );
}
