// Classification rules shared by every provider's error table: HTTP status first, refined by the error
// code/type and, where providers only say it in prose, by wording.
import type { TProviderErrorClass } from '../../errors';

const contextLengthWording =
  /context[ _-]?(length|window)|maximum context|prompt is too long|input is too long|too many (input )?tokens|input token count .* exceeds|exceeds? the (maximum|max)\b.*\btokens|token limit/i;
const contentFilterWording =
  /content[ _-]?(filter|policy|management)|responsible ai|safety (system|filter)|blocked by/i;
const overloadedWording = /overloaded|over capacity|capacity exceeded/i;

export interface TErrorDetail {
  /** Provider error code or type, e.g. `context_length_exceeded`, `overloaded_error`, `ThrottlingException`. */
  code?: string | null;
  message?: string | null;
}

function mentions(detail: TErrorDetail, pattern: RegExp): boolean {
  return pattern.test(detail.code ?? '') || pattern.test(detail.message ?? '');
}

export function isContextLengthError(detail: TErrorDetail): boolean {
  return mentions(detail, contextLengthWording);
}

export function isContentFilterError(detail: TErrorDetail): boolean {
  return mentions(detail, contentFilterWording);
}

export function isOverloadedError(detail: TErrorDetail): boolean {
  return mentions(detail, overloadedWording);
}

export function classifyHttpStatus(status: number, detail: TErrorDetail): TProviderErrorClass {
  if (status === 401 || status === 403) {
    return 'authentication';
  }
  if (status === 429) {
    return 'rate_limited';
  }
  if (status === 503 || status === 529 || isOverloadedError(detail)) {
    return 'overloaded';
  }
  if (status === 408) {
    return 'timeout';
  }
  if (status >= 400 && status < 500) {
    if (isContextLengthError(detail)) {
      return 'context_length_exceeded';
    }
    if (isContentFilterError(detail)) {
      return 'content_filtered';
    }
    return 'invalid_request';
  }
  return 'provider_error';
}
