'use client';
import type { TAverageWorkload, TCostReport, TWorkloadCostRow } from '@yardstick/core';
import { useState } from 'react';
import { FormError } from '@/components/forms/field-errors';
import { useSubmit } from '@/components/forms/use-submit';
import { api } from '@/lib/api';

interface TWorkload {
  requestsPerDay: string;
  inputTokens: string;
  outputTokens: string;
  cachedInputTokens: string;
  current: string;
}

interface TProjection {
  rows: TWorkloadCostRow[];
  unpricedModels: string[];
}

const integer = new Intl.NumberFormat('en-US');

export function ProjectionPanel(props: { projectId: string; drivers: TCostReport['drivers'] | undefined }) {
  const [workload, setWorkload] = useState<TWorkload>({
    requestsPerDay: '1000000',
    inputTokens: '1000',
    outputTokens: '200',
    cachedInputTokens: '0',
    current: '',
  });
  const [projection, setProjection] = useState<TProjection>();
  const [measured, setMeasured] = useState<string>();
  const set = (change: Partial<TWorkload>) => setWorkload((previous) => ({ ...previous, ...change }));

  const run = useSubmit(async (values: TWorkload) => {
    const [currentProvider, ...currentModel] = values.current.split('/');
    const query = new URLSearchParams({
      projectId: props.projectId,
      requestsPerDay: values.requestsPerDay,
      inputTokens: values.inputTokens,
      outputTokens: values.outputTokens,
      cachedInputTokens: values.cachedInputTokens || '0',
      ...(values.current ? { currentProvider: currentProvider!, currentModel: currentModel.join('/') } : {}),
    });
    setProjection(await api<TProjection>(`/api/v1/costs/projection?${query}`));
  });

  const measure = useSubmit(async (choice: string) => {
    if (!choice) return;
    const driver = [...(props.drivers?.references ?? []), ...(props.drivers?.models ?? [])].find(
      (candidate) => candidate.key === choice,
    );
    if (!driver) return;
    const query = new URLSearchParams({ projectId: driver.projectId ?? props.projectId });
    if (driver.kind === 'reference') {
      query.set('referenceType', driver.referenceType!);
      query.set('referenceId', driver.referenceId!);
    } else {
      const [provider, ...model] = driver.key.split('/');
      query.set('provider', provider!);
      query.set('model', model.join('/'));
    }
    const average = await api<TAverageWorkload>(`/api/v1/costs/workload?${query}`);
    const next = {
      ...workload,
      inputTokens: String(average.averageInputTokens),
      outputTokens: String(average.averageOutputTokens),
      cachedInputTokens: String(average.averageCachedInputTokens),
      current: average.provider && average.model ? `${average.provider}/${average.model}` : workload.current,
    };
    setWorkload(next);
    setMeasured(
      `Averaged over ${integer.format(average.calls)} recent successful call(s) of ${driver.label}.`,
    );
    await run.submit(next);
  });

  const choices = [...(props.drivers?.references ?? []), ...(props.drivers?.models ?? [])];
  return (
    <section className="card stack" aria-label="Cost projection">
      <h2>Projection at production volume</h2>
      <form
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          void run.submit(workload);
        }}
      >
        <div className="row">
          <label>
            Requests per day
            <input
              inputMode="numeric"
              value={workload.requestsPerDay}
              onChange={(event) => set({ requestsPerDay: event.target.value })}
            />
          </label>
          <label>
            Input tokens per call
            <input
              inputMode="numeric"
              value={workload.inputTokens}
              onChange={(event) => set({ inputTokens: event.target.value })}
            />
          </label>
          <label>
            Output tokens per call
            <input
              inputMode="numeric"
              value={workload.outputTokens}
              onChange={(event) => set({ outputTokens: event.target.value })}
            />
          </label>
          <label>
            Cached input tokens
            <input
              inputMode="numeric"
              value={workload.cachedInputTokens}
              onChange={(event) => set({ cachedInputTokens: event.target.value })}
            />
          </label>
        </div>
        <div className="row">
          <label>
            Take the workload from
            <select
              value=""
              onChange={(event) => void measure.submit(event.target.value)}
              disabled={choices.length === 0}
            >
              <option value="">
                {choices.length === 0
                  ? 'No recent calls in this period'
                  : 'Choose a comparison, dataset or model…'}
              </option>
              {choices.map((driver) => (
                <option key={driver.key} value={driver.key}>
                  {driver.label}
                </option>
              ))}
            </select>
          </label>
          <label>
            Current model
            <select value={workload.current} onChange={(event) => set({ current: event.target.value })}>
              <option value="">None</option>
              {(projection?.rows ?? []).map((row) => (
                <option key={`${row.provider}/${row.modelId}`} value={`${row.provider}/${row.modelId}`}>
                  {row.displayName} ({row.provider})
                </option>
              ))}
              {workload.current &&
              !projection?.rows.some((row) => `${row.provider}/${row.modelId}` === workload.current) ? (
                <option value={workload.current}>{workload.current}</option>
              ) : null}
            </select>
          </label>
          <button type="submit" disabled={run.isPending}>
            Project cost
          </button>
        </div>
        {measured ? <p className="muted">{measured}</p> : null}
        <FormError error={run.error ?? measure.error} />
      </form>
      {projection ? (
        <div className="table-scroll">
          <table data-testid="projection-table">
            <thead>
              <tr>
                <th>Model</th>
                <th>Provider</th>
                <th className="number">Per call</th>
                <th className="number">Per day</th>
                <th className="number">Per 30-day month</th>
              </tr>
            </thead>
            <tbody>
              {projection.rows.map((row) => (
                <tr
                  key={`${row.provider}/${row.modelId}`}
                  className={row.isCurrent ? 'current' : undefined}
                  aria-current={row.isCurrent ? 'true' : undefined}
                >
                  <td>
                    {row.displayName}
                    {row.isCurrent ? <span className="badge"> current</span> : null}
                    {row.provider === 'emulated' ? <span className="badge"> emulated</span> : null}
                    {row.fitsContext ? null : (
                      <span
                        className="badge warning"
                        title="The input is larger than the model's context window"
                      >
                        {' '}
                        too long
                      </span>
                    )}
                  </td>
                  <td>{row.provider}</td>
                  <td className="number">{row.perCall.display}</td>
                  <td className="number">{row.perDay.display}</td>
                  <td className="number">{row.perMonth.display}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {projection.unpricedModels.length > 0 ? (
            <p className="muted">Not listed (no price): {projection.unpricedModels.join(', ')}.</p>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
