// The reviewer's view of a task: stars per model config with confidence intervals, agreement between labelers,
// who did how much how fast, and the items they disagree on most. Reviewers see model names; labelers never do.
import type { TDatabase } from '@yardstick/db';
import type { TActor } from '../access/actor';
import { requireProjectRole } from '../access/project-access';
import { costPerLabeledItem } from '../costs/cost-per-unit';
import { findProjectTask } from './find-task';
import { loadTaskRatings, type TTaskRatings } from './load-task-ratings';
import type { TDisagreement, TLabelerReview, TModelReview, TTaskReview } from './review-types';
import { krippendorffAlpha } from './statistics/krippendorff-alpha';
import { meanWithInterval } from './statistics/mean-interval';
import { quadraticWeightedKappa } from './statistics/weighted-kappa';
import { taskProgress } from './task-progress';

const excerptLength = 400;
const excerpt = (text: string) => (text.length > excerptLength ? `${text.slice(0, excerptLength)}…` : text);

function starsByItem(
  data: TTaskRatings,
): Map<string, { userId: string; labeler: string; stars: number; comment: string | null }[]> {
  const byItem = new Map<
    string,
    { userId: string; labeler: string; stars: number; comment: string | null }[]
  >();
  for (const assignment of data.assignments) {
    if (assignment.status !== 'submitted' || !assignment.rating) continue;
    const list = byItem.get(assignment.itemId) ?? [];
    list.push({
      userId: assignment.userId,
      labeler: assignment.user.name,
      stars: assignment.rating.value,
      comment: assignment.rating.comment,
    });
    byItem.set(assignment.itemId, list);
  }
  return byItem;
}

function modelReviews(data: TTaskRatings, byItem: ReturnType<typeof starsByItem>): TModelReview[] {
  const groups = new Map<string | null, { distribution: number[]; ratings: number; itemMeans: number[] }>();
  for (const config of data.configs)
    groups.set(config.id, { distribution: [0, 0, 0, 0, 0], ratings: 0, itemMeans: [] });
  for (const item of data.items) {
    const key = item.completion.modelConfigId;
    const group = groups.get(key) ?? { distribution: [0, 0, 0, 0, 0], ratings: 0, itemMeans: [] };
    groups.set(key, group);
    const ratings = byItem.get(item.id) ?? [];
    if (ratings.length === 0) continue;
    for (const rating of ratings) group.distribution[rating.stars - 1]! += 1;
    group.ratings += ratings.length;
    group.itemMeans.push(ratings.reduce((sum, rating) => sum + rating.stars, 0) / ratings.length);
  }
  return [...groups].map(([modelConfigId, group]) => {
    const interval = meanWithInterval(group.itemMeans);
    // A mean of 1–5 stars cannot leave the scale; a small sample's t interval can, so it is cut at the ends.
    const clamp = (value: number | null) => (value === null ? null : Math.min(5, Math.max(1, value)));
    return {
      modelConfigId,
      name: data.modelName(modelConfigId),
      distribution: group.distribution,
      ratingCount: group.ratings,
      itemCount: group.itemMeans.length,
      mean: interval.mean,
      low: clamp(interval.low),
      high: clamp(interval.high),
    };
  });
}

function agreement(byItem: ReturnType<typeof starsByItem>): TTaskReview['agreement'] {
  const units = [...byItem.values()].map((ratings) => ratings.map((rating) => rating.stars));
  const alpha = krippendorffAlpha(units, 'ordinal');
  const labelers = [
    ...new Set([...byItem.values()].flatMap((ratings) => ratings.map((rating) => rating.userId))),
  ].sort();
  let kappa: { kappa: number | null; pairs: number } = { kappa: null, pairs: 0 };
  if (labelers.length === 2) {
    const pairs: [number, number][] = [];
    for (const ratings of byItem.values()) {
      const first = ratings.find((rating) => rating.userId === labelers[0]);
      const second = ratings.find((rating) => rating.userId === labelers[1]);
      if (first && second) pairs.push([first.stars, second.stars]);
    }
    kappa = quadraticWeightedKappa(pairs);
  }
  return {
    alpha: alpha.alpha,
    pairableItems: alpha.pairableUnits,
    pairableRatings: alpha.pairableValues,
    kappa: kappa.kappa,
    kappaPairs: kappa.pairs,
    labelerCount: labelers.length,
  };
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function labelerReviews(data: TTaskRatings): TLabelerReview[] {
  const byUser = new Map<string, TLabelerReview & { durations: number[] }>();
  for (const assignment of data.assignments) {
    const entry = byUser.get(assignment.userId) ?? {
      userId: assignment.userId,
      name: assignment.user.name,
      email: assignment.user.email,
      rated: 0,
      skipped: 0,
      flagged: 0,
      open: 0,
      medianSeconds: null,
      durations: [],
    };
    byUser.set(assignment.userId, entry);
    if (assignment.status === 'submitted') entry.rated += 1;
    if (assignment.status === 'skipped') entry.skipped += 1;
    if (assignment.status === 'active') entry.open += 1;
    if (assignment.isFlagged) entry.flagged += 1;
    if (assignment.answeredAt)
      entry.durations.push((assignment.answeredAt.getTime() - assignment.claimedAt.getTime()) / 1000);
  }
  return [...byUser.values()].map(({ durations, ...entry }) => ({
    ...entry,
    medianSeconds: median(durations),
  }));
}

function promptText(request: unknown, input: Record<string, string> | undefined): string {
  const messages = (request as { messages?: { role: string; content: string }[] }).messages;
  if (Array.isArray(messages) && messages.length > 0)
    return messages.map((message) => message.content).join('\n\n');
  return Object.entries(input ?? {})
    .map(([name, value]) => `${name}: ${value}`)
    .join('\n');
}

function disagreements(data: TTaskRatings, byItem: ReturnType<typeof starsByItem>): TDisagreement[] {
  const found: (TDisagreement & { variance: number })[] = [];
  for (const item of data.items) {
    const ratings = byItem.get(item.id) ?? [];
    if (ratings.length < 2) continue;
    const stars = ratings.map((rating) => rating.stars);
    const spread = Math.max(...stars) - Math.min(...stars);
    if (spread === 0) continue;
    const mean = stars.reduce((sum, value) => sum + value, 0) / stars.length;
    found.push({
      itemId: item.id,
      datasetItemKey: item.completion.datasetItem?.key ?? null,
      modelName: data.modelName(item.completion.modelConfigId),
      prompt: excerpt(
        promptText(
          item.completion.request,
          item.completion.datasetItem?.input as Record<string, string> | undefined,
        ),
      ),
      completion: excerpt(item.completion.text ?? ''),
      spread,
      ratings: ratings.map(({ labeler, stars: value, comment }) => ({ labeler, stars: value, comment })),
      variance: stars.reduce((sum, value) => sum + (value - mean) ** 2, 0) / stars.length,
    });
  }
  return found
    .sort((left, right) => right.spread - left.spread || right.variance - left.variance)
    .slice(0, 20)
    .map(({ variance: _variance, ...entry }) => entry);
}

export async function reviewLabelingTask(
  database: TDatabase,
  actor: TActor,
  projectId: string,
  taskId: string,
): Promise<TTaskReview> {
  await requireProjectRole(database, actor, projectId, 'member');
  const task = await findProjectTask(database, projectId, taskId);
  const data = await loadTaskRatings(database, task);
  const byItem = starsByItem(data);
  const keyOf = new Map(data.items.map((item) => [item.id, item.completion.datasetItem?.key ?? null]));
  const progress = await taskProgress(database, task);
  return {
    progress,
    generationCost: task.generationRunId
      ? await costPerLabeledItem(database, projectId, task.generationRunId, progress.labeledItems)
      : null,
    models: modelReviews(data, byItem),
    agreement: agreement(byItem),
    labelers: labelerReviews(data),
    disagreements: disagreements(data, byItem),
    flagged: data.assignments
      .filter((assignment) => assignment.isFlagged)
      .slice(0, 50)
      .map((assignment) => ({
        itemId: assignment.itemId,
        datasetItemKey: keyOf.get(assignment.itemId) ?? null,
        labeler: assignment.user.name,
        note: assignment.flagNote,
        stars: assignment.rating?.value ?? null,
      })),
  };
}
