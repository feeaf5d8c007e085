import { answerFor, isReasoningModel } from './answers';
import type { PromptCache } from './caching';
import { contextWindowOf } from './fixture';
import { countTokens, tokenize } from './tokens';
import type { ChatRequest, Completion, Provider, ProviderError } from './types';

export type Outcome = { ok: true; completion: Completion } | { ok: false; error: ProviderError };

/** Input tokens are counted over the system prompt and every message. */
export function inputTokensOf(req: ChatRequest): number {
  return req.messages.reduce((sum, m) => sum + countTokens(m.text), countTokens(req.system));
}

function applyStopSequences(text: string, stops: string[]): { text: string; stop: string | null } {
  let cut = -1;
  let stop: string | null = null;
  for (const s of stops) {
    const at = s.length > 0 ? text.indexOf(s) : -1;
    if (at !== -1 && (cut === -1 || at < cut)) {
      cut = at;
      stop = s;
    }
  }
  return cut === -1 ? { text, stop: null } : { text: text.slice(0, cut), stop };
}

/** The deterministic answer to `req`, shaped by its limits, with usage; or why it cannot be answered. */
export function complete(provider: Provider, req: ChatRequest, cache: PromptCache): Outcome {
  const inputTokens = inputTokensOf(req);
  const limit = contextWindowOf(req.model);
  if (inputTokens > limit) {
    return {
      ok: false,
      error: {
        kind: 'context_length_exceeded',
        retryAfterSeconds: 0,
        tokens: { requested: inputTokens, limit },
      },
    };
  }
  const stopped = applyStopSequences(answerFor(req), req.stopSequences);
  let pieces = tokenize(stopped.text);
  let finishReason: Completion['finishReason'] = stopped.stop === null ? 'stop' : 'stop_sequence';
  if (req.maxTokens !== undefined && pieces.length > req.maxTokens) {
    pieces = pieces.slice(0, Math.max(0, req.maxTokens));
    finishReason = 'length';
  }
  const cached = cache.lookup(provider, req);
  return {
    ok: true,
    completion: {
      text: pieces.join(''),
      pieces,
      finishReason,
      stopSequence: finishReason === 'stop_sequence' ? stopped.stop : null,
      inputTokens,
      cacheReadTokens: cached.readTokens,
      cacheWriteTokens: cached.writeTokens,
      outputTokens: pieces.length,
      // A documented stand-in for hidden thinking: twice the visible answer plus a fixed overhead.
      reasoningTokens: isReasoningModel(req.model) ? 2 * pieces.length + 16 : 0,
    },
  };
}

/** What a content filter leaves of an answer: nothing, and the filter's finish reason. */
export function filtered(completion: Completion): Completion {
  return {
    ...completion,
    text: '',
    pieces: [],
    outputTokens: 0,
    finishReason: 'content_filter',
    stopSequence: null,
  };
}
