// Recent alerts for the costs page: a project's, and the organization's for its owner and admins. In the
// organization view, the alerts of every project the caller may see.
import type { Alert, TDatabase } from '@yardstick/db';
import { z } from 'zod';
import type { TActor } from '../access/actor';
import { requireProjectRole } from '../access/project-access';
import { canManageOrganization } from '../budgets/organization-access';
import { addDays, utcDay } from '../costs/cost-query';
import { listProjects } from '../projects/list-projects';
import type { TAlertView } from './alert-view';

export const ZListAlerts = z
  .object({
    scope: z.enum(['project', 'organization']).default('project'),
    projectId: z.string().min(1).max(64),
  })
  .strict();

function toAlertView(alert: Alert, now: Date): TAlertView {
  const today = utcDay(now);
  const isCurrent =
    alert.kind === 'daily_spike'
      ? alert.period === today || alert.period === addDays(today, -1)
      : alert.period === today.slice(0, 7);
  return {
    id: alert.id,
    kind: alert.kind,
    scope: alert.projectId ? 'project' : 'organization',
    projectId: alert.projectId,
    period: alert.period,
    message: alert.message,
    isCurrent,
    createdAt: alert.createdAt.toISOString(),
    deliveredAt: alert.deliveredAt?.toISOString() ?? null,
    deliveryAttempts: alert.deliveryAttempts,
    lastDeliveryError: alert.lastDeliveryError,
  };
}

export async function listAlerts(
  database: TDatabase,
  actor: TActor,
  input: z.input<typeof ZListAlerts>,
  now = new Date(),
): Promise<TAlertView[]> {
  const query = ZListAlerts.parse(input);
  const access = await requireProjectRole(database, actor, query.projectId, 'viewer');
  const projectIds =
    query.scope === 'organization'
      ? (await listProjects(database, actor)).map((project) => project.id)
      : [query.projectId];
  const withOrganization = await canManageOrganization(database, actor, access.organizationId);
  const alerts = await database.alert.findMany({
    where: {
      OR: [
        { projectId: { in: projectIds } },
        ...(withOrganization ? [{ organizationId: access.organizationId, scopeKey: 'organization' }] : []),
      ],
    },
    orderBy: { createdAt: 'desc' },
    take: 50,
  });
  return alerts.map((alert) => toAlertView(alert, now));
}
