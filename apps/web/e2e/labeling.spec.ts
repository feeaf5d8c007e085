// A new user's way to ground truth: import a CSV, generate completions with two emulated models, create a
// labeling task with overlap 2, rate as two labelers with the keyboard, review agreement, promote a version.
import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { baseUrl } from './support/base-url';
import { createProject, ownerContext } from './support/session';

test.describe.configure({ mode: 'serial' });

const origin = { origin: baseUrl('/').replace(/\/$/, '') };
const questions = [
  ['q1', 'Who was the first president of the USA?'],
  ['q2', 'What is the capital of France?'],
  ['q3', 'What is the boiling point of water at sea level?'],
  ['q4', 'Who wrote Hamlet?'],
];
const csv = `id,question\n${questions.map(([id, question]) => `${id},"${question}"`).join('\n')}\n`;

/** Stars a labeler gives: read off the completion so both labelers agree on most items, not all. */
function starsFor(completion: string, labeler: number, index: number): number {
  const base = (completion.length % 5) + 1;
  return labeler === 1 && index === 0 ? (base === 5 ? 4 : base + 1) : base;
}

async function invite(owner: BrowserContext, projectId: string): Promise<string> {
  const response = await owner.request.post(`/api/v1/projects/${projectId}/invitations`, {
    data: { role: 'labeler' },
    headers: origin,
  });
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { link: string }).link;
}

async function joinWithLink(
  context: BrowserContext,
  link: string,
  name: string,
  email: string,
): Promise<Page> {
  const page = await context.newPage();
  await page.goto(link);
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(`${name.toLowerCase().replace(/\W/g, '')}-password-1`);
  await page.getByRole('button', { name: 'Create account and join' }).click();
  await expect(page.getByRole('link', { name: 'Labeling' })).toBeVisible();
  return page;
}

async function labelEverything(page: Page, projectId: string, labeler: number, total: number) {
  await page.goto(baseUrl(`/projects/${projectId}/labeling`));
  await page.getByRole('link', { name: 'Start labeling' }).click();
  for (let index = 0; index < total; index++) {
    await expect(page.getByTestId('my-progress')).toHaveText(`Item ${index + 1} of ${total}`);
    const completion = (await page.getByTestId('completion-text').textContent()) ?? '';
    const stars = starsFor(completion, labeler, index);
    await page.keyboard.press(String(stars));
    await expect(
      page.getByRole('button', { name: `${stars} star${stars === 1 ? '' : 's'}` }),
    ).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Enter');
    if (index < total - 1)
      await expect(page.getByTestId('my-progress')).toHaveText(`Item ${index + 2} of ${total}`);
  }
  await expect(page.getByRole('heading', { name: 'All done' })).toBeVisible();
}

test('import, generate, label with two labelers, review and promote', async ({ browser }) => {
  test.setTimeout(180_000);
  const owner = await ownerContext(browser);
  const projectId = await createProject(owner, 'Ground truth');
  const page = await owner.newPage();

  // Import a CSV into a new dataset, with the suggested mapping.
  await page.goto(baseUrl(`/projects/${projectId}/datasets`));
  await page.getByLabel('Name', { exact: true }).fill('Quiz');
  await page.getByRole('button', { name: 'Create dataset' }).click();
  await expect(page.getByRole('heading', { name: 'Quiz' })).toBeVisible();
  await page
    .getByLabel('File')
    .setInputFiles({ name: 'quiz.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByLabel('Role of column id')).toHaveValue('id');
  await expect(page.getByLabel('Role of column question')).toHaveValue('input');
  await expect(page.getByRole('cell', { name: 'Who wrote Hamlet?' })).toBeVisible();
  await page.getByRole('button', { name: 'Import quiz.csv' }).click();
  await expect(page.getByRole('status')).toContainText('Imported 4 rows as version 1');
  await expect(page.getByTestId('version-1')).toContainText('Imported 4 rows from quiz.csv');

  // Two emulated model configs and a prompt (the playground's API), then generate through the queue.
  const connections = (await (
    await owner.request.get(`/api/v1/projects/${projectId}/connections`)
  ).json()) as {
    connections: { id: string; kind: string }[];
  };
  const emulated = connections.connections.find((connection) => connection.kind === 'emulated')!;
  for (const model of ['emulated-strong', 'emulated-weak']) {
    const created = await owner.request.post(`/api/v1/projects/${projectId}/model-configs`, {
      data: { name: model === 'emulated-strong' ? 'Strong' : 'Weak', connectionId: emulated.id, model },
      headers: origin,
    });
    expect(created.ok()).toBe(true);
  }
  const prompt = await owner.request.post(`/api/v1/projects/${projectId}/prompts`, {
    data: { name: 'Quiz prompt', messages: [{ role: 'user', content: 'Answer briefly: {{question}}' }] },
    headers: origin,
  });
  expect(prompt.ok()).toBe(true);
  await page.reload();
  await page.getByRole('checkbox', { name: /Strong/ }).check();
  await page.getByRole('checkbox', { name: /Weak/ }).check();
  await page.getByRole('button', { name: 'Predict cost' }).click();
  await expect(page.getByTestId('predicted-cost')).toContainText('Predicted cost: $');
  await page.getByRole('button', { name: 'Generate 8 completions' }).click();
  await expect(page.getByTestId('generation-progress')).toHaveText('8 / 8 completions', { timeout: 60_000 });
  await expect(page.getByTestId('generation-status')).toHaveText('succeeded');
  await expect(page.getByTestId('generation-cost-per-item')).toContainText(/\$[\d.]+ per item generated/);

  // Two labelers join through invitation links.
  const firstContext = await browser.newContext({ baseURL: baseUrl('/') });
  const secondContext = await browser.newContext({ baseURL: baseUrl('/') });
  const first = await joinWithLink(
    firstContext,
    await invite(owner, projectId),
    'Lara Labeler',
    `lara-${Date.now()}@example.com`,
  );
  const second = await joinWithLink(
    secondContext,
    await invite(owner, projectId),
    'Liam Labeler',
    `liam-${Date.now()}@example.com`,
  );

  // The owner creates the task from the finished run: overlap 2, both labelers assigned.
  await page.getByRole('link', { name: 'Create a labeling task' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Quiz answers');
  await expect(page.getByRole('checkbox', { name: /Lara Labeler/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /Liam Labeler/ })).toBeChecked();
  await page.getByRole('button', { name: 'Create task' }).click();
  await expect(page.getByRole('heading', { name: 'Quiz answers' })).toBeVisible();
  await expect(page.getByTestId('review-progress')).toContainText('0 / 16 ratings');

  // Each labeler rates all eight items blind, with the keyboard; the task's progress moves.
  await labelEverything(first, projectId, 0, 8);
  await expect(first.getByTestId('task-progress')).toContainText('Task: 8 / 16 ratings');
  await labelEverything(second, projectId, 1, 8);
  await expect(second.getByTestId('task-progress')).toContainText(
    'Task: 16 / 16 ratings · 8 / 8 items complete',
  );

  // The reviewer sees the stars per model and the agreement.
  await page.reload();
  await expect(page.getByTestId('review-progress')).toContainText('16 / 16 ratings');
  await expect(page.getByTestId('labeling-cost')).toContainText(/per labeled item/);
  const strong = page.getByTestId('model-Strong');
  const weak = page.getByTestId('model-Weak');
  await expect(strong).toContainText('8 ratings on 4 items');
  await expect(weak).toContainText('8 ratings on 4 items');
  await expect(page.getByTestId('alpha')).toHaveText(/α = -?\d\.\d{3}/);
  await expect(page.getByTestId('agreement')).toContainText(
    'On 8 items with two or more ratings (16 ratings, 2 labelers)',
  );
  await expect(page.getByTestId('kappa')).toContainText('on the 8 items both labelers rated');

  // Promote the best-rated completion of each item: a new dataset version.
  await page.getByLabel('Minimum mean stars').fill('1');
  await page.getByRole('button', { name: 'Preview' }).click();
  await page.getByRole('button', { name: 'Promote 4 expected outputs' }).click();
  await expect(page.getByRole('status')).toContainText(
    'Promoted 4 expected outputs as version 2 of the dataset',
  );
  await page.getByRole('link', { name: 'version 2' }).click();
  await expect(page.getByTestId('version-2')).toContainText(
    'Promoted 4 expected outputs from labeling task "Quiz answers"',
  );
  await expect(page.getByTestId('item-q1')).toContainText('from ratings');

  await firstContext.close();
  await secondContext.close();
  await owner.close();
});
