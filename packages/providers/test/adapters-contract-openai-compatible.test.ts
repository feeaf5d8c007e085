import { defineProviderContract } from './helpers/contract-suite';

defineProviderContract('openai_compatible', {
  reportsReasoningTokens: true,
  embeddingModel: 'text-embedding-3-small',
});
