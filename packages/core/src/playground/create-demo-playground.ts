// "Try it with demo data": three emulated model configs, the seeds' example prompts and one comparison of them,
// so a new project shows a real run (streaming, latency, tokens, cost) without any provider key.
import type { Prisma, TDatabase } from '@yardstick/db';
import type { JobProducer } from '@yardstick/queue';
import type { TActor } from '../access/actor';
import { requireProjectRole } from '../access/project-access';
import type { TComparisonView } from '../comparisons/comparison-types';
import { createComparison } from '../comparisons/create-comparison';
import { ensureEmulatedConnection } from '../connections/built-in-connection';
import { extractVariables, type TPromptMessage } from '../prompts/template';

const demoModelConfigs = [
  { name: 'Strong (emulated)', model: 'emulated-strong' },
  { name: 'Cheap (emulated)', model: 'emulated-cheap' },
  { name: 'Weak (emulated)', model: 'emulated-weak' },
];

const demoPrompts: { name: string; messages: TPromptMessage[]; variables: Record<string, string> }[] = [
  {
    name: 'Biomedical yes/no',
    messages: [
      { role: 'user', content: 'Answer yes or no: does {{drug}} reduce the risk of {{condition}}?' },
    ],
    variables: { drug: 'aspirin', condition: 'heart attack' },
  },
  {
    name: 'Essay score',
    messages: [{ role: 'user', content: 'Score this essay from 1 to 5: {{essay}}' }],
    variables: {
      essay:
        'Remote work has changed how teams collaborate. Without a shared office, written communication matters more, ' +
        'and meetings need agendas. Some people feel isolated, yet many gain hours once spent commuting. ' +
        'Companies that invest in clear documentation get the benefits without losing cohesion.',
    },
  },
  {
    name: 'Open-source or proprietary',
    messages: [
      { role: 'user', content: 'Should a startup use an open-source or a proprietary LLM? {{context}}' },
    ],
    variables: {
      context:
        'We are five engineers building a support assistant for European banks; customer data must stay in the EU.',
    },
  },
];

async function demoConfigIds(database: TDatabase, projectId: string): Promise<string[]> {
  const connection = await ensureEmulatedConnection(database, projectId);
  const ids: string[] = [];
  for (const demo of demoModelConfigs) {
    const config = await database.modelConfig.upsert({
      where: { projectId_name: { projectId, name: demo.name } },
      create: {
        projectId,
        name: demo.name,
        connectionId: connection.id,
        model: demo.model,
        temperature: 0.2,
        maxOutputTokens: 400,
      },
      update: { archivedAt: null },
    });
    ids.push(config.id);
  }
  return ids;
}

async function demoVersionId(database: TDatabase, projectId: string, demo: (typeof demoPrompts)[number]) {
  const prompt = await database.prompt.upsert({
    where: { projectId_name: { projectId, name: demo.name } },
    create: {
      projectId,
      name: demo.name,
      versions: {
        create: {
          version: 1,
          messages: demo.messages as unknown as Prisma.InputJsonValue,
          variables: extractVariables(demo.messages),
        },
      },
    },
    update: {},
    include: { versions: { orderBy: { version: 'desc' }, take: 1 } },
  });
  return prompt.versions[0]!;
}

export async function createDemoPlayground(
  services: { database: TDatabase; producer: JobProducer },
  actor: TActor,
  projectId: string,
): Promise<TComparisonView> {
  const { database } = services;
  await requireProjectRole(database, actor, projectId, 'member');
  const modelConfigIds = await demoConfigIds(database, projectId);
  const rows = [];
  for (const demo of demoPrompts) {
    const version = await demoVersionId(database, projectId, demo);
    // A demo prompt someone has since edited keeps their text; its variables may differ from the demo's.
    const values = Object.fromEntries(
      version.variables.map((name) => [name, demo.variables[name] ?? demo.name]),
    );
    rows.push({ promptVersionId: version.id, variables: values });
  }
  return createComparison(services, actor, projectId, {
    title: 'Demo: three emulated models',
    modelConfigIds,
    rows,
  });
}
