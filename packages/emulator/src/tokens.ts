/**
 * The emulator's tokenizer: a deterministic approximation, not any vendor's BPE.
 * A token is a run of at most 6 letters/digits, or one other non-space character;
 * leading whitespace belongs to the token that follows it (trailing whitespace is a token
 * of its own). That lands near the ~4 characters per token of real English tokenizers,
 * and because the pieces concatenate back to the input they double as streaming chunks.
 */
const TOKEN = /\s*(?:[\p{L}\p{N}]{1,6}|[^\s\p{L}\p{N}])|\s+/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

export function countTokens(text: string): number {
  return tokenize(text).length;
}
