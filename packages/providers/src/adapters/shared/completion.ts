// What one successful attempt produced, before the reliability layer adds timing and attempt counts.
import type { TReliableOutcome } from '../../reliability/execute';
import type { TChatResult, TFinishReason, TUsage } from '../../types';

export interface TCompletion {
  text: string;
  finishReason: TFinishReason;
  rawFinishReason?: string;
  usage: TUsage;
  rawUsage?: unknown;
  requestId?: string;
  model: string;
  warnings: string[];
}

export function toChatResult(outcome: TReliableOutcome<TCompletion>): TChatResult {
  const { value } = outcome;
  return {
    text: value.text,
    finishReason: value.finishReason,
    rawFinishReason: value.rawFinishReason,
    usage: value.usage,
    rawUsage: value.rawUsage,
    timeToFirstTokenMs: outcome.timeToFirstTokenMs,
    latencyMs: outcome.latencyMs,
    requestId: value.requestId,
    model: value.model,
    warnings: value.warnings,
    attempts: outcome.attempts,
  };
}
