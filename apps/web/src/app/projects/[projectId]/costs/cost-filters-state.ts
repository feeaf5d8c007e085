// The dashboard's filters and how they become the query string of /api/v1/costs (the CSV link uses the same).
import type { TCostGroupBy, TCostInterval } from '@yardstick/core';

export interface TCostFilters {
  scope: 'project' | 'organization';
  from: string;
  to: string;
  projectIds: string[];
  provider: string;
  model: string;
  source: string;
  groupBy: TCostGroupBy;
  interval: TCostInterval;
}

function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function defaultFilters(now = new Date()): TCostFilters {
  return {
    scope: 'project',
    from: utcDay(new Date(now.getTime() - 29 * 86_400_000)),
    to: utcDay(now),
    projectIds: [],
    provider: '',
    model: '',
    source: '',
    groupBy: 'model',
    interval: 'day',
  };
}

export function costQueryString(
  projectId: string,
  filters: TCostFilters,
  extra: Record<string, string> = {},
): string {
  const query = new URLSearchParams({
    scope: filters.scope,
    from: filters.from,
    to: filters.to,
    groupBy: filters.groupBy,
  });
  if (filters.scope === 'project') query.set('projectId', projectId);
  else if (filters.projectIds.length > 0) query.set('projectIds', filters.projectIds.join(','));
  if (!['day', 'week', 'month'].includes(filters.groupBy)) query.set('interval', filters.interval);
  for (const key of ['provider', 'model', 'source'] as const) if (filters[key]) query.set(key, filters[key]);
  for (const [key, value] of Object.entries(extra)) query.set(key, value);
  return query.toString();
}
