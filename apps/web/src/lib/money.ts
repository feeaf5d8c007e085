// Display of nano-USD amounts (sent as decimal strings) and durations, the same way on every screen.
import { formatUsd } from '@yardstick/core';

/** "$0.000123", "~$0.0012" for an estimate, "unpriced" when the model has no price. */
export function usd(nanoUsd: string | null | undefined, options: { isEstimate?: boolean } = {}): string {
  if (nanoUsd === null || nanoUsd === undefined) return 'unpriced';
  const text = formatUsd(BigInt(nanoUsd));
  return options.isEstimate ? `~${text}` : text;
}

export function duration(milliseconds: number | null | undefined): string {
  if (milliseconds === null || milliseconds === undefined) return '—';
  return milliseconds < 1000 ? `${Math.round(milliseconds)} ms` : `${(milliseconds / 1000).toFixed(2)} s`;
}
