import type { TDatabase } from '@yardstick/db';
import type { TActor } from '../access/actor';
import { requireProjectRole } from '../access/project-access';
import { findProjectTask } from './find-task';
import { promotionCandidates, type TPromotionChoice, type TPromotionItem } from './promotion-candidates';

/** What promoting would write: per dataset item, the completion chosen (or none). Stores nothing. */
export async function previewPromotion(
  database: TDatabase,
  actor: TActor,
  projectId: string,
  taskId: string,
  choice: TPromotionChoice,
): Promise<{ threshold: number; items: TPromotionItem[]; chosenCount: number }> {
  await requireProjectRole(database, actor, projectId, 'member');
  const task = await findProjectTask(database, projectId, taskId);
  const { items, threshold } = await promotionCandidates(database, task, choice);
  return { threshold, items, chosenCount: items.filter((item) => item.chosenCompletionId !== null).length };
}
