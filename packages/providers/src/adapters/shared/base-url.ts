// Base URLs arrive with or without a trailing slash; the SDKs append their own paths.

export const DEFAULT_EMULATOR_URL = 'http://127.0.0.1:4010';

export function trimTrailingSlashes(url: string): string {
  return url.replace(/\/+$/, '');
}
