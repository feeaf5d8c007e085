// Browser-safe entry point: types and constants only (no database, no Node built-ins).

// Pure money formatting (the providers package's cost entry has no SDKs or tokenizers in it).
export { divideNanoUsd, formatUsd, nanoUsdToDecimalString } from '@yardstick/providers/cost';
export type { TAlertView, TAlertWebhookView } from './alerts/alert-view';
export type { TApiKeyView } from './api-keys/api-key-view';
export type { TBudgetView } from './budgets/budget-view';
export type { TModelPriceView, TModelView } from './catalog/model-view';
export {
  type TComparisonDraft,
  type TComparisonRowDraft,
  ZComparisonDraft,
} from './comparisons/comparison-draft';
export { comparisonLimits, defaultExpectedOutputTokens } from './comparisons/comparison-limits';
export {
  applyComparisonEvent,
  applyComparisonView,
  isComparisonSettled,
  isFinalStatus,
} from './comparisons/comparison-state';
export type * from './comparisons/comparison-types';
export {
  summarizeComparison,
  type TColumnSummary,
  type TComparisonSummary,
} from './comparisons/summarize-comparison';
export type { TConnectionView } from './connections/connection-view';
export type { TConnectionTestResult } from './connections/test-connection';
export type { TAverageWorkload } from './costs/average-workload';
export type * from './costs/cost-report-view';
export type { TWorkloadCostRow } from './costs/project-workload-cost';
export type { TDatasetItemView, TDatasetVersionView, TDatasetView } from './datasets/dataset-view';
export * from './datasets/generation/generation-types';
export {
  type TColumnMapping,
  type TColumnMappingInput,
  ZColumnMapping,
} from './datasets/import/column-mapping';
export type { TImportResult } from './datasets/import/import-dataset-items';
export { importLimits } from './datasets/import/import-limits';
export type { TImportPreview } from './datasets/import/preview-import';
export { variableNamePattern } from './datasets/item-fields';
export type { TDatasetItemPage } from './datasets/list-dataset-items';
export type { TInvitationView } from './invitations/invitation-view';
export type * from './labeling/labeling-types';
export type { TPromotionResult } from './labeling/promote-ground-truth';
export type { TPromotionCandidate, TPromotionItem } from './labeling/promotion-candidates';
export type * from './labeling/review-types';
export { defaultRubric, type TRubric, ZRubric } from './labeling/rubric';
export type { TModelConfigView } from './model-configs/model-config-view';
export type { TMemberView } from './projects/list-members';
export type { TProjectView } from './projects/project-view';
export type { TPromptVersionView, TPromptView } from './prompts/prompt-view';
export { extractVariables, isEmptyTemplate, renderMessages, type TPromptMessage } from './prompts/template';

export const projectSections = [
  { slug: 'playground', title: 'Playground' },
  { slug: 'datasets', title: 'Datasets' },
  { slug: 'labeling', title: 'Labeling' },
  { slug: 'evaluations', title: 'Evaluations' },
  { slug: 'suites', title: 'Regression suites' },
  { slug: 'costs', title: 'Costs' },
  { slug: 'settings', title: 'Settings' },
] as const;
