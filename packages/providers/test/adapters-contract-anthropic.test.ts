import { defineProviderContract } from './helpers/contract-suite';

defineProviderContract('anthropic', { reportsReasoningTokens: false });
