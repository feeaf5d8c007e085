import { defineProviderContract } from './helpers/contract-suite';

defineProviderContract('bedrock', { reportsReasoningTokens: false });
