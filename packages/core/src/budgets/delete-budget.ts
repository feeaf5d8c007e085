import type { TDatabase } from '@yardstick/db';
import type { TActor } from '../access/actor';
import { requireBudgetScope } from './budget-scope';

/** Removes a budget; its past alerts stay as a record. */
export async function deleteBudget(
  database: TDatabase,
  actor: TActor,
  projectId: string,
  scope: 'project' | 'organization',
): Promise<void> {
  const { organizationId, scopeKey } = await requireBudgetScope(database, actor, projectId, scope);
  await database.budget.deleteMany({ where: { organizationId, scopeKey } });
}
