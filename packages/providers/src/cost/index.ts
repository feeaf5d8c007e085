export {
  computeCost,
  divideNanoUsd,
  projectCost,
  type TCostBreakdown,
  type TCostProjection,
  type TCostProjectionInput,
  type TCostResult,
} from './compute';
export { formatUsd, nanoUsdToDecimalString, type TFormatUsdOptions } from './format';
export {
  parseUsdPerMTok,
  ratesFor,
  selectPriceAt,
  type TDatedPrice,
  type TPrice,
  type TPriceRates,
} from './price';
