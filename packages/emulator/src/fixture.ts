import { readFileSync } from 'node:fs';
import { z } from 'zod';

const latencySchema = z.object({
  timeToFirstTokenMs: z.number().nonnegative(),
  tokensPerSecond: z.number(),
});

const fixtureSchema = z.object({
  defaults: z.object({ contextWindow: z.number().int().positive(), latency: latencySchema }),
  models: z.array(
    z.object({
      id: z.string().min(1),
      displayName: z.string().min(1),
      contextWindow: z.number().int().positive(),
      latency: latencySchema,
      /** Scales the length of generated (unscripted) answers. */
      verbosity: z.number().positive(),
    }),
  ),
  scripts: z.array(
    z.object({
      id: z.string().min(1),
      /** Case-insensitive regex tested against the normalized last user message. */
      match: z.string().min(1),
      /** Demo-dataset fields, for scripts that are short question/answer pairs. */
      question: z.string().optional(),
      expected: z.string().optional(),
      /** Per model id: one answer, or variants picked by a hash of the prompt. */
      answers: z.record(z.string(), z.union([z.string(), z.array(z.string()).min(1)])),
    }),
  ),
});

export type Fixture = z.infer<typeof fixtureSchema>;
export type FixtureModel = Fixture['models'][number];

function loadFixture(): Fixture {
  const raw = readFileSync(new URL('../fixtures/models.json', import.meta.url), 'utf8');
  return fixtureSchema.parse(JSON.parse(raw));
}

export const fixture: Fixture = loadFixture();

export function fixtureModel(id: string): FixtureModel | undefined {
  return fixture.models.find((m) => m.id === id);
}

export function contextWindowOf(model: string): number {
  return fixtureModel(model)?.contextWindow ?? fixture.defaults.contextWindow;
}

export const EMULATED_MODELS: readonly { id: string; displayName: string; contextWindow: number }[] =
  fixture.models.map(({ id, displayName, contextWindow }) => ({ id, displayName, contextWindow }));

/** The scripted short question/answer pairs, usable as a demo dataset. */
export const DEMO_DATASET: readonly { question: string; expected: string }[] = fixture.scripts.flatMap((s) =>
  s.question !== undefined && s.expected !== undefined
    ? [{ question: s.question, expected: s.expected }]
    : [],
);
