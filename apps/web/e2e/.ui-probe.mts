import { chromium } from '@playwright/test';
const base = process.argv[2]!;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const context = await browser.newContext({ baseURL: base, viewport: { width: 1400, height: 1000 } });
const headers = { origin: base };
const setup = await context.request.get('/api/v1/setup');
if (!((await setup.json()) as { isSetUp: boolean }).isSetUp) {
  await context.request.post('/api/v1/setup', { data: { organizationName: 'Acme', name: 'Ada Owner', email: 'ada@example.com', password: 'ada-password-1' }, headers });
} else {
  await context.request.post('/api/auth/sign-in/email', { data: { email: 'ada@example.com', password: 'ada-password-1' }, headers });
}
const project = (await (await context.request.post('/api/v1/projects', { data: { name: `UI ${Date.now()}` }, headers })).json()) as { id: string };
const page = await context.newPage();
page.on('console', (message) => console.log('console:', message.type(), message.text()));
const response = await page.goto(`/projects/${project.id}/playground`);
console.log('status', response?.status());
await page.screenshot({ path: '/tmp/ui/empty.png', fullPage: true });
await page.getByRole('button', { name: 'Try it with demo data' }).click();
await page.waitForTimeout(2500);
await page.screenshot({ path: '/tmp/ui/demo-running.png', fullPage: true });
await page.getByTestId('comparison-status').filter({ hasText: 'succeeded' }).waitFor({ timeout: 60_000 });
await page.screenshot({ path: '/tmp/ui/demo-done.png', fullPage: true });
await browser.close();
