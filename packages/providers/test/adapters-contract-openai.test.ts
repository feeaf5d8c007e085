import { defineProviderContract } from './helpers/contract-suite';

defineProviderContract('openai', { reportsReasoningTokens: true, embeddingModel: 'text-embedding-3-small' });
