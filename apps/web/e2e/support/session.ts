// Signed-in browser contexts for specs that are not about accounts: the owner is created through the API
// if the first-visit spec has not done it, and signed in once for the whole run (sign-in is rate limited).
import type { Browser, BrowserContext } from '@playwright/test';
import { baseUrl } from './base-url';

export const owner = {
  organizationName: 'Acme Research',
  name: 'Ada Owner',
  email: 'ada@example.com',
  password: 'ada-password-1',
};

type TStorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

// One owner session for the whole run (the suite runs in one worker): sign-in is rate limited per address.
let ownerSession: TStorageState | undefined;

async function signInOwner(context: BrowserContext): Promise<void> {
  const origin = baseUrl('/').replace(/\/$/, '');
  for (let attempt = 1; ; attempt += 1) {
    const signedIn = await context.request.post('/api/auth/sign-in/email', {
      data: { email: owner.email, password: owner.password },
      headers: { origin },
    });
    if (signedIn.ok()) return;
    if (signedIn.status() !== 429 || attempt === 4) {
      throw new Error(`Owner sign-in failed: ${signedIn.status()} ${await signedIn.text()}`);
    }
    // Honour the limiter's wait, as a well-behaved client would.
    const waitSeconds = Number(signedIn.headers()['x-retry-after'] ?? 10);
    await new Promise((resolve) => setTimeout(resolve, (waitSeconds + 1) * 1000));
  }
}

export async function ownerContext(browser: Browser): Promise<BrowserContext> {
  if (ownerSession) return browser.newContext({ baseURL: baseUrl('/'), storageState: ownerSession });
  const context = await browser.newContext({ baseURL: baseUrl('/') });
  const { isSetUp } = (await (await context.request.get('/api/v1/setup')).json()) as { isSetUp: boolean };
  if (!isSetUp) {
    const created = await context.request.post('/api/v1/setup', {
      data: owner,
      headers: { origin: baseUrl('/').replace(/\/$/, '') },
    });
    if (!created.ok()) throw new Error(`Owner setup failed: ${created.status()} ${await created.text()}`);
  } else {
    await signInOwner(context);
  }
  ownerSession = await context.storageState();
  return context;
}

/** Creates a project through the API and returns its id. */
export async function createProject(context: BrowserContext, name: string): Promise<string> {
  const response = await context.request.post('/api/v1/projects', {
    data: { name },
    headers: { origin: baseUrl('/').replace(/\/$/, '') },
  });
  if (!response.ok())
    throw new Error(`Project creation failed: ${response.status()} ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}
