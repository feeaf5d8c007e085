import { expect, test } from '@playwright/test';
import { createProject, ownerContext } from './support/session';

test('connections: the emulated one tests fine, a new key is shown masked only, a price edit shows', async ({
  browser,
}) => {
  const context = await ownerContext(browser);
  const projectId = await createProject(context, `Connections ${Date.now()}`);
  const page = await context.newPage();

  await page.goto(`/projects/${projectId}/settings`);
  await page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Connections' }).click();
  await expect(page.getByRole('heading', { name: 'Provider connections' })).toBeVisible();

  const emulated = page.getByRole('listitem', { name: 'Emulated (offline)' });
  await expect(emulated).toContainText('Offline · fake answers');
  await emulated.getByRole('button', { name: 'Test' }).click();
  await expect(emulated.getByRole('status')).toContainText(/Success: emulated-cheap answered in \d+ ms/);

  const secret = 'sk-test-abcd1234';
  const form = page.getByRole('form', { name: 'Add a connection' });
  await form.getByLabel('Provider').selectOption('openai');
  await form.getByLabel('Name', { exact: true }).fill('OpenAI e2e');
  await form.getByLabel('API key').fill(secret);
  await form.getByRole('button', { name: 'Add connection' }).click();
  const added = page.getByRole('listitem', { name: 'OpenAI e2e' });
  await expect(added.getByTestId('credential-hint')).toHaveText('sk-…1234');
  expect(await page.content()).not.toContain(secret);
  await page.reload();
  await expect(page.getByRole('listitem', { name: 'OpenAI e2e' }).getByTestId('credential-hint')).toHaveText(
    'sk-…1234',
  );
  expect(await page.content()).not.toContain(secret);

  await page
    .getByRole('navigation', { name: 'Settings' })
    .getByRole('link', { name: 'Models and prices' })
    .click();
  await expect(page.getByRole('heading', { name: 'Model catalog' })).toBeVisible();
  const search = page.getByRole('search');
  await search.getByLabel('Search').fill('claude-3-haiku-20240307');
  await search.getByLabel('Provider').selectOption('anthropic');
  await search.getByRole('button', { name: 'Search' }).click();
  const row = page.getByRole('row', { name: 'claude-3-haiku-20240307' });
  await expect(row).toHaveCount(1);
  await expect(row.getByTestId('input-price')).toHaveText('$0.25');

  await row.getByRole('button', { name: 'Edit price of claude-3-haiku-20240307' }).click();
  const priceForm = page.getByRole('form', { name: 'New price for claude-3-haiku-20240307' });
  await priceForm.getByLabel('Input $/MTok', { exact: true }).fill('0.3');
  await priceForm.getByLabel('Output $/MTok', { exact: true }).fill('1.5');
  await priceForm.getByRole('button', { name: 'Save new price' }).click();
  await expect(row.getByTestId('input-price')).toHaveText('$0.3');
  await expect(row.getByTestId('output-price')).toHaveText('$1.5');
  await expect(row).toContainText('edited');

  await row.getByRole('button', { name: 'Price history of claude-3-haiku-20240307' }).click();
  const history = page.getByRole('table', { name: 'Price history of claude-3-haiku-20240307' });
  await expect(history.getByRole('row')).toHaveCount(3);
  await context.close();
});
