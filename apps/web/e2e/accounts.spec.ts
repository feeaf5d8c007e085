import { expect, test } from '@playwright/test';
import { baseUrl } from './support/base-url';
import { owner } from './support/session';

test.describe.configure({ mode: 'serial' });

test('first visit: create the owner, create and switch projects, sign out and back in', async ({ page }) => {
  await page.goto(baseUrl('/'));
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole('heading', { name: 'Welcome to Yardstick' })).toBeVisible();

  await page.getByLabel('Organization name').fill('Acme Research');
  await page.getByLabel('Your name').fill(owner.name);
  await page.getByLabel('Email').fill(owner.email);
  await page.getByLabel('Password').fill(owner.password);
  await page.getByRole('button', { name: 'Create owner account' }).click();

  await expect(page.getByRole('heading', { name: 'New project' })).toBeVisible();
  await page.getByLabel('Project name').fill('Support bot');
  await page.getByRole('button', { name: 'Create project' }).click();
  await expect(page.getByRole('heading', { name: 'Playground' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Try it with demo data' })).toBeVisible();

  const switcher = page.getByLabel('Switch project');
  await switcher.selectOption({ label: '+ New project…' });
  await page.getByLabel('Project name').fill('Search ranking');
  await page.getByRole('button', { name: 'Create project' }).click();
  await expect(page.getByLabel('Switch project')).toHaveValue(/.+/);
  await expect(page.getByLabel('Switch project').locator('option:checked')).toHaveText('Search ranking');

  await page.getByRole('link', { name: 'Datasets' }).click();
  await expect(page.getByRole('heading', { name: 'Datasets' })).toBeVisible();
  const searchUrl = page.url();
  await page.getByLabel('Switch project').selectOption({ label: 'Support bot' });
  await expect(page).not.toHaveURL(searchUrl);
  await expect(page).toHaveURL(/\/datasets$/);
  await expect(page.getByLabel('Switch project').locator('option:checked')).toHaveText('Support bot');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto(baseUrl('/'));
  await expect(page).toHaveURL(/\/sign-in$/);

  await page.getByLabel('Email').fill(owner.email);
  await page.getByLabel('Password').fill('wrong-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toBeVisible();

  await page.getByLabel('Password').fill(owner.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Playground' })).toBeVisible();
  await expect(page.getByText(owner.email)).toBeVisible();
});

test('an invited labeler joins one project and cannot open the other', async ({ page, browser }) => {
  await page.goto(baseUrl('/sign-in'));
  await page.getByLabel('Email').fill(owner.email);
  await page.getByLabel('Password').fill(owner.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Playground' })).toBeVisible();

  const firstUrl = page.url();
  await page.getByLabel('Switch project').selectOption({ label: 'Support bot' });
  await expect(page).not.toHaveURL(firstUrl);
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Invitations' })).toBeVisible();
  await expect(page.getByLabel('Project name')).toHaveValue('Support bot');
  await page.getByLabel('Role').first().selectOption('labeler');
  await page.getByRole('button', { name: 'Create invitation link' }).click();
  const link = await page.getByTestId('invitation-link').textContent();
  expect(link).toContain('/invite/ysi_');
  const supportUrl = page.url();
  await page.getByLabel('Switch project').selectOption({ label: 'Search ranking' });
  await expect(page).not.toHaveURL(supportUrl);
  await expect(page.getByLabel('Project name')).toHaveValue('Search ranking');
  const searchSettingsUrl = page.url();

  const labelerContext = await browser.newContext();
  const labeler = await labelerContext.newPage();
  await labeler.goto(link!.trim());
  await expect(labeler.getByRole('heading', { name: 'Join Support bot' })).toBeVisible();
  await labeler.getByLabel('Your name').fill('Lee Labeler');
  await labeler.getByLabel('Email').fill('lee@example.com');
  await labeler.getByLabel('Password').fill('lee-password-1');
  await labeler.getByRole('button', { name: 'Create account and join' }).click();
  await expect(labeler.getByRole('heading', { name: 'Playground' })).toBeVisible();
  await expect(labeler.getByText('labeler', { exact: true })).toBeVisible();
  await expect(labeler.getByLabel('Switch project').locator('option')).toHaveText([
    'Support bot',
    '+ New project…',
  ]);

  const response = await labeler.goto(searchSettingsUrl);
  expect(response?.status()).toBe(404);
  await expect(labeler.getByRole('heading', { name: 'Not found' })).toBeVisible();
  await labelerContext.close();
});
