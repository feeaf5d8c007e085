// Servers say how long to wait in different headers: OpenAI and Anthropic send `retry-after-ms` (milliseconds)
// next to the standard `retry-after` (seconds, or an HTTP date).

export type THeaderLookup = (name: string) => string | null | undefined;

export function parseRetryAfterMs(lookup: THeaderLookup, now: number = Date.now()): number | undefined {
  const milliseconds = Number.parseFloat(lookup('retry-after-ms') ?? '');
  if (Number.isFinite(milliseconds) && milliseconds >= 0) {
    return milliseconds;
  }
  const value = lookup('retry-after')?.trim();
  if (!value) {
    return undefined;
  }
  if (/^\d+(\.\d+)?$/.test(value)) {
    return Number.parseFloat(value) * 1000;
  }
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Header lookup over the shapes the SDKs expose: a fetch `Headers`, or a plain record. */
export function headerLookup(headers: unknown): THeaderLookup {
  if (headers && typeof (headers as Headers).get === 'function') {
    return (name) => (headers as Headers).get(name);
  }
  if (headers && typeof headers === 'object') {
    const entries = Object.entries(headers as Record<string, unknown>);
    return (name) => {
      const found = entries.find(([key]) => key.toLowerCase() === name);
      return typeof found?.[1] === 'string' ? found[1] : undefined;
    };
  }
  return () => undefined;
}

/** Google's `RetryInfo.retryDelay` is a protobuf Duration in JSON form, e.g. "1s" or "0.5s". */
export function parseDurationMs(duration: unknown): number | undefined {
  if (typeof duration !== 'string') {
    return undefined;
  }
  const match = /^(\d+(?:\.\d+)?)s$/.exec(duration.trim());
  return match?.[1] === undefined ? undefined : Number.parseFloat(match[1]) * 1000;
}
