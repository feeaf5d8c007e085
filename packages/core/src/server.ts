// Server-only entry point: everything that touches the database, Redis or secrets.
export type { TActor } from './access/actor';
export { findProjectRole, requireProjectRole, type TProjectAccess } from './access/project-access';
export { hasProjectRole, isOrganizationManager, projectRoles } from './access/roles';
export { deliverAlert, ZDeliverAlert } from './alerts/deliver-alert';
export { enqueueAlertDeliveries } from './alerts/enqueue-alert-deliveries';
export { evaluateAlerts } from './alerts/evaluate-alerts';
export { listAlerts, ZListAlerts } from './alerts/list-alerts';
export {
  addAlertWebhook,
  listAlertWebhooks,
  removeAlertWebhook,
  ZAddAlertWebhook,
} from './alerts/manage-alert-webhooks';
export type { TApiKeyView } from './api-keys/api-key-view';
export { authenticateApiKey } from './api-keys/authenticate-api-key';
export { createApiKey, ZCreateApiKey } from './api-keys/create-api-key';
export { listApiKeys } from './api-keys/list-api-keys';
export { revokeApiKey } from './api-keys/revoke-api-key';
export { createAuth, type TAuth } from './auth/auth';
export { findSessionActor } from './auth/session';
export { deleteBudget } from './budgets/delete-budget';
export { listBudgets } from './budgets/list-budgets';
export { setBudget, ZSetBudget } from './budgets/set-budget';
export { canManageCatalog } from './catalog/catalog-access';
export { createCustomModel, ZCreateCustomModel } from './catalog/create-custom-model';
export { findCatalogPrice, invalidateCatalogCache, type TCatalogPrice } from './catalog/find-price';
export { listModels, ZListModels } from './catalog/list-models';
export type { TModelPriceView, TModelView } from './catalog/model-view';
export { priceHistory } from './catalog/price-history';
export { syncCatalog } from './catalog/sync-catalog';
export { updateModelPrice, ZUpdateModelPrice } from './catalog/update-model-price';
export { cancelComparison } from './comparisons/cancel-comparison';
export { ZComparisonDraft } from './comparisons/comparison-draft';
export type { TComparisonView } from './comparisons/comparison-types';
export { createComparison } from './comparisons/create-comparison';
export { exportComparison, ZExportComparison } from './comparisons/export-comparison';
export { finishComparison } from './comparisons/finish-comparison';
export { getComparison } from './comparisons/get-comparison';
export { listComparisons, ZListComparisons } from './comparisons/list-comparisons';
export { listenForCancellations } from './comparisons/live/cancellation';
export { openComparisonStream, type TComparisonFeedItem } from './comparisons/live/open-comparison-stream';
export { predictComparisonCost } from './comparisons/predict-comparison-cost';
export { rateCompletion, ZRateCompletion } from './comparisons/rate-completion';
export { removeRating } from './comparisons/remove-rating';
export { rerunCell } from './comparisons/rerun-cell';
export { runComparisonCell, type TCellRunnerContext } from './comparisons/run-comparison-cell';
export { EnvironmentError, environment, parseEnvironment, type TEnvironment } from './config/environment';
export {
  emulatedConnectionName,
  ensureEmulatedConnection,
  ensureEmulatedConnections,
} from './connections/built-in-connection';
export {
  adapterForConnection,
  connectionConfig,
  type TAdapterContext,
} from './connections/connection-adapter';
export type { TConnectionView } from './connections/connection-view';
export { createConnection, ZCreateConnection } from './connections/create-connection';
export {
  decryptCredentials,
  encryptCredentials,
  maskSecret,
  type TCredentials,
} from './connections/credentials-cipher';
export { deleteConnection } from './connections/delete-connection';
export { listConnections } from './connections/list-connections';
export { type TConnectionTestResult, testConnection, ZTestConnection } from './connections/test-connection';
export { updateConnection, ZUpdateConnection } from './connections/update-connection';
export { averageWorkload, ZAverageWorkload } from './costs/average-workload';
export { costPerLabeledItem, summarizeReferenceCost } from './costs/cost-per-unit';
export { type TCostQuery, ZCostQuery } from './costs/cost-query';
export { costReportFileName, costReportToCsv } from './costs/cost-report-csv';
export { getCostReport } from './costs/get-cost-report';
export { projectWorkloadCost, ZProjectWorkloadCost } from './costs/project-workload-cost';
export { rollUpUsage, type TRollUpResult } from './costs/roll-up-usage';
export { runUsageRollup } from './costs/run-usage-rollup';
export { addDatasetItem, ZAddDatasetItem } from './datasets/add-dataset-item';
export { createDataset, ZCreateDataset } from './datasets/create-dataset';
export { deleteDatasetItem } from './datasets/delete-dataset-item';
export { exportDatasetVersion, ZExportDatasetVersion } from './datasets/export/export-dataset-version';
export { finishGenerationRun } from './datasets/generation/finish-generation-run';
export { getGenerationRun } from './datasets/generation/get-generation-run';
export { listGenerationRuns } from './datasets/generation/list-generation-runs';
export { predictGenerationCost } from './datasets/generation/predict-generation-cost';
export { ZGenerationDraft } from './datasets/generation/resolve-generation';
export {
  runGenerationCompletion,
  type TGenerationContext,
} from './datasets/generation/run-generation-completion';
export { startGenerationRun } from './datasets/generation/start-generation-run';
export { getDataset } from './datasets/get-dataset';
export { importDatasetItems, ZImportDatasetItems } from './datasets/import/import-dataset-items';
export { previewImport, ZPreviewImport } from './datasets/import/preview-import';
export { listDatasetItems, ZListDatasetItems } from './datasets/list-dataset-items';
export { listDatasets } from './datasets/list-datasets';
export { updateDatasetItem, ZUpdateDatasetItem } from './datasets/update-dataset-item';
export * from './errors/app-error';
export { checkHealth, type THealthReport } from './health/check-health';
export { acceptInvitation, ZAcceptInvitation } from './invitations/accept-invitation';
export { createInvitation, ZCreateInvitation } from './invitations/create-invitation';
export { previewInvitation, type TInvitationPreview } from './invitations/find-invitation';
export type { TInvitationView } from './invitations/invitation-view';
export { listInvitations } from './invitations/list-invitations';
export { revokeInvitation } from './invitations/revoke-invitation';
export { answerAssignment, ZAnswerAssignment } from './labeling/answer-assignment';
export { createLabelingTask, ZCreateLabelingTask } from './labeling/create-labeling-task';
export { dealNextItem } from './labeling/deal-next-item';
export { exportRatings, ZExportRatings } from './labeling/export-ratings';
export { getLabelingTask } from './labeling/get-labeling-task';
export { getMyAssignment } from './labeling/get-my-assignment';
export { listLabelingTasks } from './labeling/list-labeling-tasks';
export { previewPromotion } from './labeling/preview-promotion';
export { promoteGroundTruth } from './labeling/promote-ground-truth';
export { ZPromotionChoice } from './labeling/promotion-candidates';
export { reviewLabelingTask } from './labeling/review-labeling-task';
export { createLogger, type TLogger } from './logging/logger';
// Playground: model configs, prompts, comparisons.
export { createModelConfig, ZCreateModelConfig } from './model-configs/create-model-config';
export { duplicateModelConfig, ZDuplicateModelConfig } from './model-configs/duplicate-model-config';
export { getModelConfig } from './model-configs/get-model-config';
export { listModelConfigs, ZListModelConfigs } from './model-configs/list-model-configs';
export type { TModelConfigView } from './model-configs/model-config-view';
export { updateModelConfig, ZUpdateModelConfig } from './model-configs/update-model-config';
export { createDemoPlayground } from './playground/create-demo-playground';
export { createProject, ZCreateProject } from './projects/create-project';
export { getProject } from './projects/get-project';
export { listMembers, type TMemberView } from './projects/list-members';
export { listProjects } from './projects/list-projects';
export type { TProjectView } from './projects/project-view';
export { renameProject, ZRenameProject } from './projects/rename-project';
export { createPrompt, ZCreatePrompt } from './prompts/create-prompt';
export { getPrompt } from './prompts/get-prompt';
export { listPrompts } from './prompts/list-prompts';
export type { TPromptVersionView, TPromptView } from './prompts/prompt-view';
export { updatePrompt, ZUpdatePrompt } from './prompts/update-prompt';
export { closeServices, createServices, type TServices } from './services';
export { createOwner, isSetUp, ZCreateOwner } from './setup/create-owner';
export { recordUsage, type TRecordUsage } from './usage/record-usage';
