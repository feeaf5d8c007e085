import { expect, test } from '@playwright/test';
import { createProject, ownerContext } from './support/session';
import { decimalUsd, e2eDatabase, seedUsage } from './support/usage';

test('costs: the total is the sum of the calls, a model filter narrows it, a budget below spend alerts', async ({
  browser,
}) => {
  const database = e2eDatabase();
  const context = await ownerContext(browser);
  const projectId = await createProject(context, `Costs ${Date.now()}`);
  const strong = await seedUsage(database, projectId, [
    { model: 'emulated-strong', inputTokens: 10_000, outputTokens: 1000 },
    { model: 'emulated-strong', inputTokens: 10_000, outputTokens: 1000 },
    { model: 'emulated-strong', inputTokens: 10_000, outputTokens: 1000 },
  ]);
  const cheap = await seedUsage(database, projectId, [
    { model: 'emulated-cheap', inputTokens: 100_000, outputTokens: 10_000 },
    { model: 'emulated-cheap', inputTokens: 100_000, outputTokens: 10_000 },
  ]);
  // A model without a price: counted and flagged, not hidden, and not added to the total as $0 silently.
  await seedUsage(database, projectId, [{ model: 'emulated-in-house', inputTokens: 500, outputTokens: 50 }]);

  const page = await context.newPage();
  await page.goto(`/projects/${projectId}/costs`);
  await expect(page.getByRole('heading', { name: 'Costs' })).toBeVisible();
  const total = page.getByTestId('total-spend');
  await expect(total).toHaveAttribute('title', `${decimalUsd(strong + cheap)} USD exactly`);
  await expect(page.getByTestId('total-calls')).toHaveText('6');
  await expect(page.getByTestId('unpriced-calls')).toHaveText('1');
  await expect(page.getByRole('note')).toContainText('not included in the total');
  const table = page.getByTestId('cost-table');
  await expect(table.getByRole('row', { name: /emulated-in-house/ })).toContainText('1 unpriced');

  await page.getByRole('combobox', { name: 'Model', exact: true }).selectOption('emulated-strong');
  await expect(total).toHaveAttribute('title', `${decimalUsd(strong)} USD exactly`);
  await expect(page.getByTestId('total-calls')).toHaveText('3');
  await expect(table.getByRole('row')).toHaveCount(2);

  // The CSV export carries the same rows with exact amounts.
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Export CSV' }).click();
  const csv = await (await download).createReadStream();
  let text = '';
  for await (const chunk of csv) text += String(chunk);
  expect(text.trim().split('\r\n')[1]).toContain(`,${decimalUsd(strong)},${strong},3,`);

  const budget = page.getByRole('form', { name: 'Project budget' });
  await budget.getByLabel('Monthly budget (USD)').fill('0.10');
  await budget.getByRole('button', { name: 'Save budget' }).click();
  const banner = page.getByRole('alert', { name: 'Cost alerts' });
  await expect(banner).toContainText('is over its $0.10 budget');
  await expect(banner).toContainText('Budget exceeded');
  await page.reload();
  await expect(page.getByRole('alert', { name: 'Cost alerts' })).toContainText('is over its $0.10 budget');
  await database.$disconnect();
});

test("projection: the talk's figures from real prices — $0.004 → $4,000 a day, $0.624 → $624,000 a day", async ({
  browser,
}) => {
  const database = e2eDatabase();
  // GPT-4-32k at OpenAI's $60 / $120 per million tokens (the talk's $0.06 / $0.12 per 1k), added the way an
  // admin adds a model the catalog file does not carry.
  await database.model.upsert({
    where: { provider_modelId: { provider: 'openai', modelId: 'gpt-4-32k' } },
    create: {
      provider: 'openai',
      modelId: 'gpt-4-32k',
      displayName: 'GPT-4 32k',
      contextWindow: 32_768,
      isCustom: true,
      source: 'https://openai.com/api/pricing',
      prices: {
        create: {
          effectiveFrom: new Date('2023-06-13'),
          inputPerMTok: '60',
          outputPerMTok: '120',
          source: 'admin',
        },
      },
    },
    update: {},
  });
  const context = await ownerContext(browser);
  const projectId = await createProject(context, `Projection ${Date.now()}`);
  const page = await context.newPage();
  await page.goto(`/projects/${projectId}/costs`);
  // The report is fetched by the page's script: once it shows, the form is live (hydrated).
  await expect(page.getByTestId('total-spend')).toHaveText('$0.00');
  const panel = page.getByRole('region', { name: 'Cost projection' });
  await panel.getByLabel('Requests per day').fill('1000000');
  await panel.getByLabel('Input tokens per call').fill('2000');
  await panel.getByLabel('Output tokens per call').fill('2000');
  await panel.getByRole('button', { name: 'Project cost' }).click();
  const table = panel.getByTestId('projection-table');
  const gpt35 = table.getByRole('row', { name: /^GPT-3\.5 Turbo openai/ });
  await expect(gpt35).toContainText('$0.004');
  await expect(gpt35).toContainText('$4,000.00');

  await panel.getByLabel('Input tokens per call').fill('10000');
  await panel.getByLabel('Output tokens per call').fill('200');
  await panel.getByLabel('Current model').selectOption('openai/gpt-4-32k');
  await panel.getByRole('button', { name: 'Project cost' }).click();
  const current = table.locator('tr[aria-current="true"]');
  await expect(current).toContainText('GPT-4 32k');
  await expect(current).toContainText('$0.624');
  await expect(current).toContainText('$624,000.00');
  await expect(current).toContainText('$18,720,000.00');
  await database.$disconnect();
});
