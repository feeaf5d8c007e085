import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { baseUrl } from './support/base-url';
import { createProject, ownerContext } from './support/session';

test.describe.configure({ mode: 'serial' });

// One sign-in for the file: sign-in is rate limited.
let context: BrowserContext;
test.beforeAll(async ({ browser }) => {
  context = await ownerContext(browser);
});
test.afterAll(async () => {
  await context.close();
});

async function createModelConfig(page: Page, name: string, model: string) {
  await page.getByRole('button', { name: '+ New model config' }).click();
  const form = page.getByRole('form', { name: 'New model config' });
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Model').selectOption(model);
  await form.getByRole('button', { name: 'Create model config' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: name })).toBeVisible();
}

/** Records every state each cell passes through, so a test can tell that it streamed (text growing while running). */
async function recordCellStates(page: Page) {
  await page.evaluate(() => {
    const states: { id: string; status: string; length: number }[] = [];
    (window as unknown as { cellStates: typeof states }).cellStates = states;
    new MutationObserver(() => {
      for (const cell of document.querySelectorAll<HTMLElement>('[data-testid^="cell-"]')) {
        const text = cell.querySelector('[data-testid="cell-text"]')?.textContent ?? '';
        states.push({ id: cell.dataset.testid!, status: cell.dataset.status!, length: text.length });
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  });
}

const nanoOf = async (page: Page, selector: string) =>
  BigInt((await page.locator(selector).getAttribute('data-cost-nano-usd')) || '0');

test('a new user compares two emulated model configs, watches them stream, stops a slow run and finds it saved', async () => {
  const projectId = await createProject(context, `Playground ${Date.now()}`);
  const page = await context.newPage();
  await page.goto(baseUrl(`/projects/${projectId}/playground`));
  await expect(page.getByRole('heading', { name: 'Playground', level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Try it with demo data' })).toBeVisible();

  await createModelConfig(page, 'Cheap', 'emulated-cheap');
  await createModelConfig(page, 'Weak', 'emulated-weak');

  await page
    .getByRole('textbox', { name: 'Prompt 1', exact: true })
    .fill('Should a startup use an open-source or a proprietary LLM? {{context}}');
  await page.getByLabel('Prompt 1 variable context').fill('We are five engineers selling to banks.');
  await expect(page.getByTestId('call-count')).toHaveText('2');
  await expect(page.getByTestId('predicted-total')).toHaveText(/^~\$0\.0\d+/);
  const predicted = await nanoOf(page, '[data-testid="predicted-total"]');
  expect(predicted).toBeGreaterThan(0n);

  await recordCellStates(page);
  await page.getByRole('button', { name: /^Run all \(2 prompt runs\) — Total predicted cost ~\$/ }).click();
  for (const id of ['cell-0-0', 'cell-0-1']) {
    await expect(page.getByTestId(id)).toHaveAttribute('data-status', 'succeeded', { timeout: 20_000 });
  }
  await expect(page.getByTestId('comparison-status')).toHaveText('succeeded');
  await expect(page).toHaveURL(/\?comparison=/);

  const states = await page.evaluate(
    () => (window as unknown as { cellStates: { id: string; status: string; length: number }[] }).cellStates,
  );
  let total = 0n;
  for (const id of ['cell-0-0', 'cell-0-1']) {
    const cell = page.getByTestId(id);
    const finalLength = ((await cell.getByTestId('cell-text').textContent()) ?? '').length;
    const streamed = states.filter(
      (state) => state.id === id && state.status === 'running' && state.length > 0,
    );
    expect(
      streamed.some((state) => state.length < finalLength),
      `${id} showed partial text while running`,
    ).toBe(true);
    await expect(cell.getByTestId('latency')).toHaveText(/^\d+(\.\d+)? m?s$/);
    await expect(cell.getByTestId('ttft')).toHaveText(/^\d+(\.\d+)? m?s$/);
    await expect(cell.getByTestId('tokens')).toHaveText(/^\d+ in · \d+ out$/);
    await expect(cell.getByTestId('cost')).toContainText('$');
    total += await nanoOf(page, `[data-testid="${id}"] [data-testid="cost"]`);
  }
  expect(await nanoOf(page, '[data-testid="actual-total"]')).toBe(total);
  expect(total).toBeGreaterThan(0n);
  // Both cells succeeded: the cost per cell is half the total.
  await expect(page.getByTestId('cost-per-cell')).toContainText('$');
  expect(await nanoOf(page, '[data-testid="cost-per-cell"]')).toBe((total * 2n + 2n) / 4n);

  // Feedback on the cells.
  await page.getByTestId('cell-0-0').getByRole('button', { name: 'Thumbs up' }).click();
  await expect(page.getByTestId('cell-0-0').getByRole('button', { name: 'Thumbs up' })).toHaveText('👍 1');
  await page.getByRole('button', { name: 'A is better' }).click();
  await expect(page.getByText('Ada Owner: A. Cheap is better than B. Weak')).toBeVisible();

  // A slow run, stopped midway.
  await createModelConfig(page, 'Strong', 'emulated-strong');
  await page.getByRole('button', { name: 'Remove Weak' }).click();
  await page.getByRole('button', { name: /^Run all \(2 prompt runs\)/ }).click();
  const strong = page.getByTestId('cell-0-1');
  await expect(strong).toHaveAttribute('data-status', 'running', { timeout: 15_000 });
  await expect(strong.getByTestId('cell-text')).not.toHaveText('', { timeout: 15_000 });
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(page.getByTestId('comparison-status')).toHaveText('cancelled');
  await expect(strong).toHaveAttribute('data-status', 'cancelled');
  await expect(strong.getByTestId('cell-error')).toContainText('aborted');
  const partial = (await strong.getByTestId('cell-text').textContent()) ?? '';
  expect(partial.length).toBeGreaterThan(0);
  const stoppedUrl = page.url();

  await page.reload();
  expect(page.url()).toBe(stoppedUrl);
  await expect(page.getByTestId('comparison-status')).toHaveText('cancelled');
  await expect(page.getByTestId('cell-0-1')).toHaveAttribute('data-status', 'cancelled');
  await expect(page.getByTestId('cell-0-1').getByTestId('cell-text')).toHaveText(partial);
  const history = page.getByRole('table', { name: 'Comparison history' });
  await expect(history.getByRole('row')).toHaveCount(3);
  await history.getByRole('link').last().click();
  await expect(page.getByTestId('comparison-status')).toHaveText('succeeded');
  await expect(page.getByTestId('cell-0-0').getByRole('button', { name: 'Thumbs up' })).toHaveText('👍 1');

  // The model configs page: duplicate one to vary a parameter, archive the copy.
  await page.getByRole('link', { name: 'Model configs' }).click();
  const table = page.getByRole('table', { name: 'Model configs' });
  await table
    .getByRole('row', { name: /^Cheap / })
    .getByRole('button', { name: 'Duplicate' })
    .click();
  const copy = table.getByRole('row', { name: /Cheap \(copy\)/ });
  await copy.getByRole('button', { name: 'Archive' }).click();
  await expect(copy).toContainText('archived');
  await expect(copy.getByRole('button', { name: 'Unarchive' })).toBeVisible();
});

test('an empty project runs the demo data in one click', async () => {
  const projectId = await createProject(context, `Demo ${Date.now()}`);
  const page = await context.newPage();
  await page.goto(baseUrl(`/projects/${projectId}/playground`));
  await page.getByRole('button', { name: 'Try it with demo data' }).click();
  await expect(page.getByRole('heading', { name: 'Demo: three emulated models' })).toBeVisible();
  await expect(page.getByTestId('comparison-status')).toHaveText('succeeded', { timeout: 45_000 });
  await expect(page.locator('[data-testid^="cell-"][data-status="succeeded"]')).toHaveCount(9);
  await expect(page.getByTestId('cell-0-0').getByTestId('cell-text')).toContainText('aspirin');
});
