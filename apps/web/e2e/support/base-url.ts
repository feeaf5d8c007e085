export function baseUrl(path = '/'): string {
  const base = process.env.E2E_BASE_URL;
  if (!base) throw new Error('E2E_BASE_URL is not set: run the suite through playwright.config.ts.');
  return new URL(path, base).toString();
}
