// Display helpers for nano-USD amounts. Integer arithmetic only, so what is shown is exactly what was computed.

const NANO_DIGITS = 9;
const NANO_PER_USD = 10n ** BigInt(NANO_DIGITS);

function splitSign(nanoUsd: bigint): { negative: boolean; abs: bigint } {
  return nanoUsd < 0n ? { negative: true, abs: -nanoUsd } : { negative: false, abs: nanoUsd };
}

/** Exact decimal USD, without trailing zeros: 624000000000000n → "624000", 123n → "0.000000123". */
export function nanoUsdToDecimalString(nanoUsd: bigint): string {
  const { negative, abs } = splitSign(nanoUsd);
  const whole = abs / NANO_PER_USD;
  const fraction = (abs % NANO_PER_USD).toString().padStart(NANO_DIGITS, '0').replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

export interface TFormatUsdOptions {
  /** 0–9; amounts are rounded half-up (away from zero) to at most this many decimals. Default 9 (nano-USD). */
  maximumFractionDigits?: number;
}

const MIN_FRACTION_DIGITS = 2;
const SIGNIFICANT_DIGITS_BELOW_ONE_DOLLAR = 3;

/**
 * "$624,000.00", "$0.624", "$0.000123": cents from $1 up; below $1, three significant digits so a single call's
 * cost of a few micro-dollars is still readable instead of "$0.00".
 */
export function formatUsd(nanoUsd: bigint, options: TFormatUsdOptions = {}): string {
  const maximum = options.maximumFractionDigits ?? NANO_DIGITS;
  if (!Number.isInteger(maximum) || maximum < 0 || maximum > NANO_DIGITS) {
    throw new RangeError(`maximumFractionDigits must be an integer from 0 to ${NANO_DIGITS}, got ${maximum}`);
  }
  const { negative, abs } = splitSign(nanoUsd);
  let digits = MIN_FRACTION_DIGITS;
  if (abs > 0n && abs < NANO_PER_USD) {
    const zerosAfterPoint = NANO_DIGITS - abs.toString().length;
    digits = Math.max(digits, zerosAfterPoint + SIGNIFICANT_DIGITS_BELOW_ONE_DOLLAR);
  }
  digits = Math.min(digits, maximum);

  const unit = 10n ** BigInt(NANO_DIGITS - digits);
  const rounded = (abs + unit / 2n) / unit;
  const scale = 10n ** BigInt(digits);
  const whole = (rounded / scale).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const keep = Math.min(MIN_FRACTION_DIGITS, digits);
  const fraction = (rounded % scale)
    .toString()
    .padStart(digits, '0')
    .replace(new RegExp(`(?<=\\d{${keep}})0+$`), '');
  const sign = negative && rounded > 0n ? '-' : '';
  return `${sign}$${whole}${fraction ? `.${fraction}` : ''}`;
}
