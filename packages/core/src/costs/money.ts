// Money crosses the API as strings: exact nano-USD, exact decimal USD, and the display form from formatUsd.
import { formatUsd, nanoUsdToDecimalString } from '@yardstick/providers/cost';
import { z } from 'zod';
import type { TMoney } from './cost-report-view';

export { divideNanoUsd } from '@yardstick/providers/cost';

export function toMoney(nanoUsd: bigint): TMoney {
  return { nanoUsd: nanoUsd.toString(), usd: nanoUsdToDecimalString(nanoUsd), display: formatUsd(nanoUsd) };
}

const nanoPerUsd = 1_000_000_000n;

/** A non-negative decimal USD amount with at most 9 decimals ("100", "12.50"), as exact nano-USD. */
export const ZUsdAmount = z
  .string()
  .trim()
  .regex(
    /^\d{1,12}(\.\d{1,9})?$/,
    'must be a decimal amount in USD such as "250" or "12.50" (at most 9 decimals)',
  )
  .transform((value) => {
    const [whole = '0', fraction = ''] = value.split('.');
    return BigInt(whole) * nanoPerUsd + BigInt(fraction.padEnd(9, '0'));
  });
