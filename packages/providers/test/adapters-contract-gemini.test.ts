import { defineProviderContract } from './helpers/contract-suite';

defineProviderContract('gemini', { reportsReasoningTokens: true, embeddingModel: 'gemini-embedding-001' });
