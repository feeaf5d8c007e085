import { defineProviderContract } from './helpers/contract-suite';

defineProviderContract('emulated', {
  reportsReasoningTokens: true,
  embeddingModel: 'text-embedding-3-small',
});
