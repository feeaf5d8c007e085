// The dashboard's current table as CSV: the same rows, exact amounts (decimal USD and nano-USD), one header.
import type { TCostReport } from './cost-report-view';

const header = [
  'group',
  'label',
  'cost_usd',
  'cost_nano_usd',
  'calls',
  'errors',
  'error_rate',
  'unpriced_calls',
  'input_tokens',
  'output_tokens',
  'cached_input_tokens',
  'average_latency_ms',
];

function field(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  // Quote what would break the row, and neutralize leading formula characters for spreadsheet safety.
  const safe = /^[=+\-@\t\r]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function costReportToCsv(report: TCostReport): string {
  const lines = [header.join(',')];
  for (const row of report.rows) {
    lines.push(
      [
        row.key,
        row.label,
        row.cost.usd,
        row.cost.nanoUsd,
        row.calls,
        row.errors,
        row.errorRate.toFixed(6),
        row.unpricedCalls,
        row.inputTokens,
        row.outputTokens,
        row.cachedInputTokens,
        row.averageLatencyMs,
      ]
        .map(field)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

export function costReportFileName(report: TCostReport): string {
  return `yardstick-costs-${report.scope.kind}-${report.period.groupBy}-${report.period.from}-to-${report.period.to}.csv`;
}
