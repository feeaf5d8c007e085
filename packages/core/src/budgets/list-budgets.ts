// The budgets that apply to a project: its own, and the organization's (shown to organization managers only,
// since it reveals spend across projects the caller may not see).
import type { Budget, TDatabase } from '@yardstick/db';
import type { TActor } from '../access/actor';
import { requireProjectRole } from '../access/project-access';
import { utcDay } from '../costs/cost-query';
import { toMoney } from '../costs/money';
import type { TBudgetView } from './budget-view';
import { monthOf, percentOf, spendInMonth } from './month-spend';
import { canManageOrganization } from './organization-access';

export async function toBudgetView(
  database: TDatabase,
  budget: Budget,
  now = new Date(),
): Promise<TBudgetView> {
  const month = monthOf(utcDay(now));
  const projectIds = budget.projectId
    ? [budget.projectId]
    : (
        await database.project.findMany({
          where: { organizationId: budget.organizationId },
          select: { id: true },
        })
      ).map((project) => project.id);
  const spent = await spendInMonth(database, projectIds, month);
  return {
    scope: budget.projectId ? 'project' : 'organization',
    monthlyLimit: toMoney(budget.monthlyLimitNanoUsd),
    spikeMultiplier: budget.spikeMultiplier,
    month,
    spent: toMoney(spent),
    percentUsed: percentOf(spent, budget.monthlyLimitNanoUsd),
  };
}

export async function listBudgets(database: TDatabase, actor: TActor, projectId: string, now = new Date()) {
  const access = await requireProjectRole(database, actor, projectId, 'viewer');
  const canManage = await canManageOrganization(database, actor, access.organizationId);
  const budgets = await database.budget.findMany({
    where: {
      organizationId: access.organizationId,
      scopeKey: { in: canManage ? [projectId, 'organization'] : [projectId] },
    },
  });
  const project = budgets.find((budget) => budget.scopeKey === projectId);
  const organization = budgets.find((budget) => budget.scopeKey === 'organization');
  return {
    project: project ? await toBudgetView(database, project, now) : null,
    organization: organization ? await toBudgetView(database, organization, now) : null,
    canManageProject: access.role === 'admin',
    canManageOrganization: canManage,
  };
}
