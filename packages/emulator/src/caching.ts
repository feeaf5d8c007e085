import { createHash } from 'node:crypto';
import { countTokens } from './tokens';
import type { ChatRequest, Provider } from './types';

/** Real providers only cache prompts above a minimum size; the emulator uses characters for simplicity. */
export const MIN_CACHEABLE_PREFIX_CHARS = 1024;

export interface CacheUsage {
  readTokens: number;
  writeTokens: number;
}

/**
 * Simulated prompt caching. The cacheable prefix is the system prompt, or the first message when
 * there is none. A prefix seen before by this emulator instance (same provider and model) is a
 * cache read; a first sighting is a cache write only when the request marks it (Anthropic
 * cache_control, Bedrock cachePoint), because the implicit caches of OpenAI and Gemini never
 * report writes. How the counts map onto usage fields is each protocol's business.
 */
export class PromptCache {
  private readonly seen = new Set<string>();

  lookup(provider: Provider, req: ChatRequest): CacheUsage {
    const prefix = req.system.length > 0 ? req.system : (req.messages[0]?.text ?? '');
    if (prefix.length < MIN_CACHEABLE_PREFIX_CHARS) return { readTokens: 0, writeTokens: 0 };
    const key = `${provider}\u0000${req.model}\u0000${createHash('sha256').update(prefix).digest('hex')}`;
    const tokens = countTokens(prefix);
    if (this.seen.has(key)) return { readTokens: tokens, writeTokens: 0 };
    this.seen.add(key);
    return { readTokens: 0, writeTokens: req.cacheMarked ? tokens : 0 };
  }
}
