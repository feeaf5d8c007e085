'use client';
import type { TCostReport } from '@yardstick/core';
import type { TCostFilters } from './cost-filters-state';

const groupings: { value: TCostFilters['groupBy']; label: string }[] = [
  { value: 'model', label: 'Model' },
  { value: 'provider', label: 'Provider' },
  { value: 'project', label: 'Project' },
  { value: 'source', label: 'Source' },
  { value: 'day', label: 'Day' },
  { value: 'week', label: 'Week' },
  { value: 'month', label: 'Month' },
];

export function CostFilters(props: {
  filters: TCostFilters;
  onChange: (filters: TCostFilters) => void;
  projects: { id: string; name: string }[];
  options: TCostReport['options'] | undefined;
  csvHref: string;
}) {
  const { filters } = props;
  const set = (change: Partial<TCostFilters>) => props.onChange({ ...filters, ...change });
  const isTimeGrouping = ['day', 'week', 'month'].includes(filters.groupBy);
  const models = props.options?.models ?? [];
  return (
    <section className="card stack" aria-label="Filters">
      <div className="row">
        <fieldset className="segmented">
          <legend className="muted">Scope</legend>
          {(
            [
              ['project', 'This project'],
              ['organization', 'All my projects'],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="inline">
              <input
                type="radio"
                name="scope"
                value={value}
                checked={filters.scope === value}
                onChange={() => set({ scope: value, projectIds: [] })}
              />
              {label}
            </label>
          ))}
        </fieldset>
        <label>
          From
          <input
            type="date"
            value={filters.from}
            max={filters.to}
            onChange={(event) => set({ from: event.target.value })}
          />
        </label>
        <label>
          To
          <input
            type="date"
            value={filters.to}
            min={filters.from}
            onChange={(event) => set({ to: event.target.value })}
          />
        </label>
        <label>
          Group by
          <select
            aria-label="Group by"
            value={filters.groupBy}
            onChange={(event) => set({ groupBy: event.target.value as TCostFilters['groupBy'] })}
          >
            {groupings
              .filter((grouping) => grouping.value !== 'project' || filters.scope === 'organization')
              .map((grouping) => (
                <option key={grouping.value} value={grouping.value}>
                  {grouping.label}
                </option>
              ))}
          </select>
        </label>
        <label>
          Interval
          <select
            aria-label="Interval"
            value={isTimeGrouping ? filters.groupBy : filters.interval}
            disabled={isTimeGrouping}
            onChange={(event) => set({ interval: event.target.value as TCostFilters['interval'] })}
          >
            <option value="day">Day</option>
            <option value="week">Week</option>
            <option value="month">Month</option>
          </select>
        </label>
      </div>
      <div className="row">
        {filters.scope === 'organization' ? (
          <label>
            Project
            <select
              aria-label="Project"
              value={filters.projectIds[0] ?? ''}
              onChange={(event) => set({ projectIds: event.target.value ? [event.target.value] : [] })}
            >
              <option value="">All my projects</option>
              {props.projects.map((project) => (
                <option key={project.id} value={project.id}>
                  {project.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <label>
          Provider
          <select
            aria-label="Provider"
            value={filters.provider}
            onChange={(event) => set({ provider: event.target.value })}
          >
            <option value="">All providers</option>
            {(props.options?.providers ?? []).map((provider) => (
              <option key={provider} value={provider}>
                {provider}
              </option>
            ))}
          </select>
        </label>
        <label>
          Model
          <select
            aria-label="Model"
            value={filters.model}
            onChange={(event) => set({ model: event.target.value })}
          >
            <option value="">All models</option>
            {[...new Set(models.map((option) => option.model))].map((model) => (
              <option key={model} value={model}>
                {model}
              </option>
            ))}
          </select>
        </label>
        <label>
          Source
          <select
            aria-label="Source"
            value={filters.source}
            onChange={(event) => set({ source: event.target.value })}
          >
            <option value="">All sources</option>
            {(props.options?.sources ?? []).map((source) => (
              <option key={source} value={source}>
                {source}
              </option>
            ))}
          </select>
        </label>
        <a className="button secondary-link" href={props.csvHref} download>
          Export CSV
        </a>
      </div>
    </section>
  );
}
