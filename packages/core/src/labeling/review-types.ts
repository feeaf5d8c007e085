// The review of a labeling task. Browser-safe.
import type { TUnitCostResult } from '../costs/cost-per-unit';
import type { TLabelingProgress } from './labeling-types';

export interface TModelReview {
  /** The model config's id; null for expected outputs. */
  modelConfigId: string | null;
  name: string;
  /** Ratings per star: index 0 holds the 1-star count, index 4 the 5-star count. */
  distribution: number[];
  ratingCount: number;
  itemCount: number;
  /**
   * Mean stars with a 95% confidence interval (t distribution, cut to the 1–5 scale), over item means: the
   * ratings of one item are not independent.
   */
  mean: number | null;
  low: number | null;
  high: number | null;
}

export interface TAgreementReview {
  /** Krippendorff's alpha for ordinal data over every item with two or more ratings. */
  alpha: number | null;
  /** Items the coefficient rests on (two or more ratings), and the ratings in them. */
  pairableItems: number;
  pairableRatings: number;
  /** Quadratic-weighted kappa, when exactly two labelers rated. */
  kappa: number | null;
  kappaPairs: number;
  labelerCount: number;
}

export interface TLabelerReview {
  userId: string;
  name: string;
  email: string;
  rated: number;
  skipped: number;
  flagged: number;
  /** Dealt and not answered yet. */
  open: number;
  /** Median seconds from being dealt an item to answering it. */
  medianSeconds: number | null;
}

export interface TDisagreement {
  itemId: string;
  datasetItemKey: string | null;
  modelName: string;
  prompt: string;
  completion: string;
  /** Highest minus lowest stars. */
  spread: number;
  ratings: { labeler: string; stars: number; comment: string | null }[];
}

export interface TFlaggedItem {
  itemId: string;
  datasetItemKey: string | null;
  labeler: string;
  note: string | null;
  stars: number | null;
}

export interface TTaskReview {
  progress: TLabelingProgress['task'];
  models: TModelReview[];
  agreement: TAgreementReview;
  labelers: TLabelerReview[];
  disagreements: TDisagreement[];
  flagged: TFlaggedItem[];
  /** What generating the rated completions cost, per labeled item; null for tasks over expected outputs. */
  generationCost: TUnitCostResult | null;
}
