// The filters every cost view shares (dashboard, CSV export, API), and the projects they may cover.
import type { TDatabase } from '@yardstick/db';
import { z } from 'zod';
import type { TActor } from '../access/actor';
import { requireProjectRole } from '../access/project-access';
import { NotFoundError, ValidationError } from '../errors/app-error';
import { listProjects } from '../projects/list-projects';

const ZDay = z.iso.date({ message: 'must be a date as YYYY-MM-DD (UTC)' });
const providers = ['openai', 'openai_compatible', 'anthropic', 'bedrock', 'gemini', 'emulated'] as const;
const sources = [
  'playground',
  'evaluation',
  'judge',
  'suite',
  'labeling_generation',
  'connection_test',
] as const;
/** A long range is fine (rollups are small), but not unbounded. */
const maxRangeDays = 3 * 366;

export const ZCostQuery = z
  .object({
    /** project: the one project in projectId; organization: every project the caller may see. */
    scope: z.enum(['project', 'organization']).default('project'),
    projectId: z.string().min(1).max(64).optional(),
    /** Organization scope only: restrict to these projects (comma-separated ids). */
    projectIds: z
      .string()
      .max(4000)
      .optional()
      .transform((value) =>
        value
          ? [
              ...new Set(
                value
                  .split(',')
                  .map((id) => id.trim())
                  .filter(Boolean),
              ),
            ]
          : [],
      ),
    from: ZDay.optional(),
    to: ZDay.optional(),
    provider: z.enum(providers).optional(),
    model: z.string().min(1).max(200).optional(),
    source: z.enum(sources).optional(),
    groupBy: z.enum(['model', 'provider', 'project', 'source', 'day', 'week', 'month']).default('model'),
    /** The time series' step; when grouping by time, the grouping's unit. */
    interval: z.enum(['day', 'week', 'month']).default('day'),
  })
  .strict();
/** The parsed query (callers validate at their boundary: the transforms make it not re-parseable). */
export type TCostQuery = z.output<typeof ZCostQuery>;

export interface TResolvedCostQuery {
  kind: 'project' | 'organization';
  projects: { id: string; name: string }[];
  projectIds: string[];
  /** Inclusive UTC days. */
  from: string;
  to: string;
  provider: string | undefined;
  model: string | undefined;
  source: string | undefined;
  groupBy: z.infer<typeof ZCostQuery>['groupBy'];
  interval: z.infer<typeof ZCostQuery>['interval'];
}

const dayMs = 86_400_000;

export function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return utcDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * dayMs));
}

/** Validates the filters and resolves the projects they cover; a project the caller cannot see is a 404. */
export async function resolveCostQuery(
  database: TDatabase,
  actor: TActor,
  query: TCostQuery,
  now = new Date(),
): Promise<TResolvedCostQuery> {
  const to = query.to ?? utcDay(now);
  const from = query.from ?? addDays(to, -29);
  if (from > to)
    throw new ValidationError('"from" must not be after "to".', [
      { field: 'query.from', message: 'is after "to"' },
    ]);
  if ((Date.parse(to) - Date.parse(from)) / dayMs >= maxRangeDays) {
    throw new ValidationError(`The period may span at most ${maxRangeDays} days; choose a shorter range.`, [
      { field: 'query.from', message: `more than ${maxRangeDays} days before "to"` },
    ]);
  }
  const visible = await listProjects(database, actor);
  let projects: { id: string; name: string }[];
  if (query.scope === 'project') {
    if (!query.projectId) {
      throw new ValidationError('The project scope needs a projectId.', [
        { field: 'query.projectId', message: 'is required' },
      ]);
    }
    await requireProjectRole(database, actor, query.projectId, 'viewer');
    projects = visible.filter((project) => project.id === query.projectId);
  } else if (query.projectIds.length > 0) {
    projects = query.projectIds.map((id) => {
      const project = visible.find((candidate) => candidate.id === id);
      if (!project) throw new NotFoundError('Project');
      return project;
    });
  } else {
    projects = visible;
  }
  const isTimeGrouping = query.groupBy === 'day' || query.groupBy === 'week' || query.groupBy === 'month';
  return {
    kind: query.scope,
    projects: projects.map((project) => ({ id: project.id, name: project.name })),
    projectIds: projects.map((project) => project.id),
    from,
    to,
    provider: query.provider,
    model: query.model,
    source: query.source,
    groupBy: query.groupBy,
    interval: isTimeGrouping ? (query.groupBy as TResolvedCostQuery['interval']) : query.interval,
  };
}
