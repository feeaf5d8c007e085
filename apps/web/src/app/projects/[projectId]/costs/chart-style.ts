// Shared chart settings. Axis ticks are approximate by nature (chart geometry is floating point); every amount
// a person reads exactly — tooltips, totals, tables — is the server's formatUsd string.
export const chartColors = [
  '#2f5bea',
  '#0e9384',
  '#dc6803',
  '#7a5af8',
  '#e31b54',
  '#15b79e',
  '#f79009',
  '#667085',
  '#98a2b3',
];

const compactUsd = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  notation: 'compact',
  maximumSignificantDigits: 3,
});

export function axisUsd(value: number): string {
  return compactUsd.format(value);
}

export function shortPeriod(period: string): string {
  return period.slice(5);
}
