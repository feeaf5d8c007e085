// Signed-in browser contexts for specs that are not about accounts: the owner is created through the API
// if the first-visit spec has not done it, and signed in once per context (sign-in is rate limited).
import type { Browser, BrowserContext } from '@playwright/test';
import { baseUrl } from './base-url';

export const owner = {
  organizationName: 'Acme Research',
  name: 'Ada Owner',
  email: 'ada@example.com',
  password: 'ada-password-1',
};

export async function ownerContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: baseUrl('/') });
  const { isSetUp } = (await (await context.request.get('/api/v1/setup')).json()) as { isSetUp: boolean };
  if (!isSetUp) {
    const created = await context.request.post('/api/v1/setup', { data: owner, headers: { origin: baseUrl('/').replace(/\/$/, '') } });
    if (!created.ok()) throw new Error(`Owner setup failed: ${created.status()} ${await created.text()}`);
  } else {
    const signedIn = await context.request.post('/api/auth/sign-in/email', {
      data: { email: owner.email, password: owner.password },
      headers: { origin: baseUrl('/').replace(/\/$/, '') },
    });
    if (!signedIn.ok()) throw new Error(`Owner sign-in failed: ${signedIn.status()} ${await signedIn.text()}`);
  }
  return context;
}

/** Creates a project through the API and returns its id. */
export async function createProject(context: BrowserContext, name: string): Promise<string> {
  const response = await context.request.post('/api/v1/projects', {
    data: { name },
    headers: { origin: baseUrl('/').replace(/\/$/, '') },
  });
  if (!response.ok()) throw new Error(`Project creation failed: ${response.status()} ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}
