// What the labeling screens receive. Browser-safe. The labeler's view never says which model wrote a
// completion: labeling is blind.
import type { TRubric } from './rubric';

export interface TLabelingProgress {
  /** The signed-in labeler: items answered, and how many they can get in all (answered + dealt + still open to them). */
  mine: { answered: number; total: number };
  /** The task: ratings given against items × overlap, items with at least one rating and with all of them. */
  task: { ratings: number; target: number; labeledItems: number; completeItems: number; items: number };
}

export interface TLabelerItemView {
  assignmentId: string;
  taskId: string;
  /** 1-based: this item's place among the labeler's own items. */
  index: number;
  prompt: { role: 'system' | 'user' | 'assistant'; content: string }[];
  variables: Record<string, string>;
  completion: string;
  answer: {
    status: 'active' | 'submitted' | 'skipped';
    stars: number | null;
    comment: string | null;
    isFlagged: boolean;
    flagNote: string | null;
  };
  previousAssignmentId: string | null;
  nextAssignmentId: string | null;
  progress: TLabelingProgress;
}

export interface TLabelingDeal {
  item: TLabelerItemView | null;
  progress: TLabelingProgress;
}

export interface TLabelingTaskView {
  id: string;
  name: string;
  source: 'generation_run' | 'expected_output';
  datasetId: string;
  datasetName: string;
  datasetVersion: number;
  generationRunId: string | null;
  overlap: number;
  rubric: TRubric;
  assignees: { userId: string; name: string; email: string }[];
  itemCount: number;
  ratingCount: number;
  target: number;
  isAssignedToMe: boolean;
  createdAt: string;
}
