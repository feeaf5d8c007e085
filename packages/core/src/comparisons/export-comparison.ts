import type { TDatabase } from '@yardstick/db';
import { nanoUsdToDecimalString } from '@yardstick/providers';
import { z } from 'zod';
import type { TActor } from '../access/actor';
import { requireProjectRole } from '../access/project-access';
import { renderMessages } from '../prompts/template';
import type { TComparisonView } from './comparison-types';
import { loadComparisonView } from './comparison-view';
import { summarizeComparison } from './summarize-comparison';

export const ZExportComparison = z.strictObject({
  format: z.enum(['csv', 'json'], { message: 'must be csv or json' }).default('csv'),
});

const usd = (nano: string | null) => (nano === null ? '' : nanoUsdToDecimalString(BigInt(nano)));

// A leading = + - @ makes spreadsheets run the cell as a formula; a quote keeps it text.
function csvField(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function toCsv(view: TComparisonView): string {
  const header = [
    'row',
    'column',
    'model_config',
    'provider',
    'model',
    'prompt',
    'variables',
    'status',
    'text',
    'finish_reason',
    'input_tokens',
    'output_tokens',
    'time_to_first_token_ms',
    'latency_ms',
    'predicted_cost_usd',
    'cost_usd',
    'error_class',
    'error_message',
    'thumbs_up',
    'thumbs_down',
  ];
  const lines = view.cells.map((cell) => {
    const row = view.rows[cell.rowIndex]!;
    const column = view.columns[cell.columnIndex]!;
    const thumbs = view.ratings.filter(
      (rating) => rating.kind === 'thumbs' && rating.completionId === cell.id,
    );
    const rendered = renderMessages(row.messages, row.variables);
    // A lone user message is the prompt as typed; a conversation names each message's role.
    const prompt =
      rendered.length === 1
        ? rendered[0]!.content
        : rendered.map((message) => `${message.role}: ${message.content}`).join('\n');
    return [
      cell.rowIndex + 1,
      cell.columnIndex + 1,
      column.name,
      column.provider,
      column.model,
      prompt,
      JSON.stringify(row.variables),
      cell.status,
      cell.text,
      cell.finishReason,
      cell.inputTokens,
      cell.outputTokens,
      cell.timeToFirstTokenMs,
      cell.latencyMs,
      usd(cell.predictedCostNanoUsd),
      usd(cell.costNanoUsd),
      cell.errorClass,
      cell.errorMessage,
      thumbs.filter((rating) => rating.value > 0).length,
      thumbs.filter((rating) => rating.value < 0).length,
    ]
      .map(csvField)
      .join(',');
  });
  return `${[header.join(','), ...lines].join('\r\n')}\r\n`;
}

/** The comparison as a file: CSV (one line per cell) or JSON (everything, with the totals). */
export async function exportComparison(
  database: TDatabase,
  actor: TActor,
  projectId: string,
  comparisonId: string,
  format: 'csv' | 'json',
): Promise<{ body: string; contentType: string; fileName: string }> {
  await requireProjectRole(database, actor, projectId, 'viewer');
  const view = await loadComparisonView(database, projectId, comparisonId);
  const fileName = `comparison-${view.id}.${format}`;
  if (format === 'csv') return { body: toCsv(view), contentType: 'text/csv; charset=utf-8', fileName };
  return {
    body: JSON.stringify({ ...view, summary: summarizeComparison(view) }, null, 2),
    contentType: 'application/json; charset=utf-8',
    fileName,
  };
}
