export {
  countChatTokens,
  countChatTokensAsync,
  countTokens,
  countTokensAsync,
  type TCountableMessage,
  type TTokenCount,
  type TTokenCountOptions,
} from './count';
export type { TTokenEncoding } from './encoders';
export { closeTokenCounters } from './pool';
