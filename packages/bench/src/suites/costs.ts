// The cost dashboard at 10 million usage events: how long the rollups take to build, and the median and p95
// latency of the dashboard's report (the one read behind GET /api/v1/costs, measured in-process: the queries,
// their assembly and formatting, without HTTP) over 30 days and over a year, for one project and for the
// organization view. Goal: every query under 200 ms p95. Runs on its own fresh database, dropped afterwards;
// BENCH_COSTS_KEEP=1 keeps it (its URL is printed) and BENCH_COSTS_DATABASE_URL=<that URL> measures the
// queries again on it without seeding, which is how the queries are tuned.
//
// The generator (plain SQL, INSERT … SELECT generate_series, in chunks) is deterministic. Event i of N:
//   project    i mod 20 (20 projects, one organization; the owner sees all of them)
//   day        (i div 20) mod 365 days before today, UTC; time of day from a multiplicative hash of i
//   model      each project uses 4 of the 16 models below and 3 of the 6 sources, picked by the hash
//   tokens     input 200–4,199, output 20–819; latency 80 ms – ~1.6 s, skewed towards short
//   outcome    2% errors; model 15 has no price (unpriced calls, cost NULL)
//   reference  30% of calls belong to one of 3 comparisons per project per day, 10% to one of 5 datasets
//   cost       exact nano-USD from the model's price, rounded half up, as recordUsage computes it
import { performance } from 'node:perf_hooks';
import { getCostReport, rollUpUsage, ZCostQuery } from '@yardstick/core/server';
import { createDatabaseClient, type TDatabase } from '@yardstick/db';
import { createFreshDatabase } from '@yardstick/db/testing';

const EVENTS = Number(process.env.BENCH_COST_EVENTS ?? 10_000_000);
const PROJECTS = 20;
const DAYS = 365;
const INSERT_CHUNK = 500_000;
const ROLLUP_BATCH = 50_000;
const ROLLUP_RUNNERS = 2;
const WARMUP_RUNS = 3;
const MEASURED_RUNS = 30;

// [provider, model, input pico-USD per token, output pico-USD per token] (= USD per million tokens × 10^6).
const models: [string, string, number, number][] = [
  ['openai', 'gpt-4o', 2_500_000, 10_000_000],
  ['openai', 'gpt-4o-mini', 150_000, 600_000],
  ['openai', 'gpt-4.1', 2_000_000, 8_000_000],
  ['openai', 'gpt-4.1-mini', 400_000, 1_600_000],
  ['openai', 'gpt-5', 1_250_000, 10_000_000],
  ['openai', 'gpt-5-mini', 250_000, 2_000_000],
  ['anthropic', 'claude-sonnet-4-5', 3_000_000, 15_000_000],
  ['anthropic', 'claude-haiku-4-5', 1_000_000, 5_000_000],
  ['anthropic', 'claude-opus-4-5', 5_000_000, 25_000_000],
  ['gemini', 'gemini-2.5-flash', 300_000, 2_500_000],
  ['gemini', 'gemini-2.5-pro', 1_250_000, 10_000_000],
  ['bedrock', 'amazon.nova-pro-v1:0', 800_000, 3_200_000],
  ['bedrock', 'meta.llama3-3-70b-instruct-v1:0', 720_000, 720_000],
  ['emulated', 'emulated-cheap', 150_000, 600_000],
  ['emulated', 'emulated-strong', 5_000_000, 15_000_000],
  ['openai_compatible', 'llama-3.1-8b-local', 0, 0],
];
const sources = ['playground', 'evaluation', 'judge', 'suite', 'labeling_generation', 'connection_test'];

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

async function seed(database: TDatabase) {
  const organization = await database.organization.create({ data: { name: 'Bench Organization' } });
  const owner = await database.user.create({
    data: { id: 'bench-owner', name: 'Bench Owner', email: 'bench@example.com' },
  });
  await database.membership.create({
    data: { organizationId: organization.id, userId: owner.id, role: 'owner' },
  });
  for (let index = 0; index < PROJECTS; index++) {
    const id = `bench-project-${index}`;
    await database.project.create({
      data: { id, organizationId: organization.id, name: `Project ${index}`, slug: `p${index}` },
    });
    await database.providerConnection.create({
      data: { id: `bench-connection-${index}`, projectId: id, name: 'Bench', kind: 'emulated' },
    });
  }
  const modelValues = models
    .map(
      ([provider, model, input, output], index) =>
        `(${index}, '${provider}'::"ProviderKind", '${model}', ${input}::bigint, ${output}::bigint)`,
    )
    .join(', ');
  const sourceValues = sources.map((source, index) => `(${index}, '${source}'::"UsageSource")`).join(', ');
  for (let start = 0; start < EVENTS; start += INSERT_CHUNK) {
    const end = Math.min(EVENTS, start + INSERT_CHUNK) - 1;
    await database.$executeRawUnsafe(`
      WITH prices(slot, provider, model, input_pico, output_pico) AS (VALUES ${modelValues}),
      source_names(slot, source) AS (VALUES ${sourceValues}),
      generated AS (
        -- Knuth-style multiplicative hashes; their high bits are well mixed, so each field takes those.
        SELECT i, i % ${PROJECTS} AS project, (i / ${PROJECTS}) % ${DAYS} AS days_ago,
          ((i * 2654435761) % 4294967296) / 65536 AS h, ((i * 2246822519) % 4294967296) / 65536 AS k
        FROM generate_series(${start}::bigint, ${end}::bigint) AS i
      ), shaped AS (
        SELECT g.*, (g.project * 3 + g.h % 4) % 16 AS model_slot, (g.project + (g.h / 4) % 3) % 6 AS source_slot,
          200 + g.k % 4000 AS input_tokens, 20 + (g.k / 4) % 800 AS output_tokens, (g.h / 12) % 10 AS reference_kind
        FROM generated g
      )
      INSERT INTO "UsageEvent" ("id", "idempotencyKey", "projectId", "connectionId", "provider", "model", "source",
        "referenceType", "referenceId", "inputTokens", "outputTokens", "costNanoUsd", "isPriced", "latencyMs",
        "isSuccess", "errorClass", "occurredAt", "createdAt")
      SELECT 'e' || s.i, 'bench:' || s.i, 'bench-project-' || s.project, 'bench-connection-' || s.project,
        p.provider, p.model, n.source,
        CASE WHEN s.reference_kind < 3 THEN 'comparison' WHEN s.reference_kind = 3 THEN 'dataset' END,
        CASE WHEN s.reference_kind < 3 THEN 'cmp-' || s.project || '-' || s.days_ago || '-' || s.reference_kind
             WHEN s.reference_kind = 3 THEN 'ds-' || s.project || '-' || (s.k % 5) END,
        s.input_tokens, s.output_tokens,
        CASE WHEN s.model_slot = 15 THEN NULL
             ELSE (s.input_tokens * p.input_pico + s.output_tokens * p.output_pico + 500) / 1000 END,
        s.model_slot <> 15,
        80 + (s.k % 2800) * ((s.h / 120) % 2800) / 1000,
        s.i % 50 <> 0, CASE WHEN s.i % 50 = 0 THEN 'rate_limited' END,
        (date_trunc('day', now() AT TIME ZONE 'UTC') - make_interval(days => s.days_ago::int))
          + make_interval(secs => ((s.k * 7 + s.h) % 86400)::double precision),
        now() AT TIME ZONE 'UTC'
      FROM shaped s JOIN prices p ON p.slot = s.model_slot JOIN source_names n ON n.slot = s.source_slot`);
  }
  await database.$executeRawUnsafe('ANALYZE "UsageEvent"');
  return owner;
}

async function measure(
  database: TDatabase,
  actor: Parameters<typeof getCostReport>[1],
  input: Record<string, string>,
) {
  const query = ZCostQuery.parse(input);
  for (let run = 0; run < WARMUP_RUNS; run++) await getCostReport(database, actor, query);
  const timings: number[] = [];
  let rows = 0;
  for (let run = 0; run < MEASURED_RUNS; run++) {
    const started = performance.now();
    const report = await getCostReport(database, actor, query);
    timings.push(performance.now() - started);
    rows = report.rows.length;
  }
  timings.sort((a, b) => a - b);
  return { median: quantile(timings, 0.5), p95: quantile(timings, 0.95), rows };
}

async function seedAndRollUp(database: TDatabase) {
  process.stdout.write(
    `seeding ${EVENTS.toLocaleString('en-US')} usage events (${PROJECTS} projects, ${DAYS} days)…\n`,
  );
  const seedStarted = performance.now();
  const owner = await seed(database);
  process.stdout.write(`seeded in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s\n`);

  const rollupStarted = performance.now();
  // As ROLLUP_RUNNERS workers would: concurrent runs claim disjoint batches (SKIP LOCKED).
  const runs = await Promise.all(
    Array.from({ length: ROLLUP_RUNNERS }, () =>
      rollUpUsage(database, { batchSize: ROLLUP_BATCH, maxBatches: 10_000 }),
    ),
  );
  const rolled = {
    events: runs.reduce((sum, run) => sum + run.events, 0),
    batches: runs.reduce((sum, run) => sum + run.batches, 0),
  };
  const rollupSeconds = (performance.now() - rollupStarted) / 1000;
  // What autovacuum does on its own (the migrations tune it for UsageEvent): the dashboard is measured in
  // that steady state, not in the minutes right after ten million rows were updated at once.
  for (const table of ['UsageEvent', 'UsageDaily', 'UsageReferenceDaily', 'UsageLatencyDaily'])
    await database.$executeRawUnsafe(`VACUUM ANALYZE "${table}"`);
  const [sizes] = await database.$queryRaw<{ daily: number; references: number }[]>`
      SELECT (SELECT count(*)::int FROM "UsageDaily") AS "daily", (SELECT count(*)::int FROM "UsageReferenceDaily") AS "references"`;
  process.stdout.write(
    `rollup: ${rolled.events.toLocaleString('en-US')} events in ${rollupSeconds.toFixed(1)} s ` +
      `(${Math.round(rolled.events / rollupSeconds).toLocaleString('en-US')} events/s, ${ROLLUP_RUNNERS} runners, ${rolled.batches} batches of ${ROLLUP_BATCH}) → ` +
      `${sizes!.daily.toLocaleString('en-US')} UsageDaily rows, ${sizes!.references.toLocaleString('en-US')} UsageReferenceDaily rows\n`,
  );

  return owner;
}

async function measureDashboard(database: TDatabase, owner: { id: string; email: string; name: string }) {
  const actor = { kind: 'user' as const, userId: owner.id, email: owner.email, name: owner.name };
  const today = new Date().toISOString().slice(0, 10);
  const daysBack = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
  const month = { from: daysBack(29), to: today };
  const year = { from: daysBack(364), to: today };
  const cases: [string, Record<string, string>][] = [
    ['project, 30 days, by model', { projectId: 'bench-project-0', ...month }],
    ['project, 1 year, by model', { projectId: 'bench-project-0', ...year }],
    [
      'project, 1 year, by week, one model',
      { projectId: 'bench-project-0', ...year, groupBy: 'week', model: 'gpt-4o' },
    ],
    ['organization, 30 days, by model', { scope: 'organization', ...month }],
    ['organization, 30 days, by project', { scope: 'organization', ...month, groupBy: 'project' }],
    ['organization, 1 year, by model, daily', { scope: 'organization', ...year }],
    [
      'organization, 1 year, by provider, weekly',
      { scope: 'organization', ...year, groupBy: 'provider', interval: 'week' },
    ],
    ['organization, 1 year, by month', { scope: 'organization', ...year, groupBy: 'month' }],
  ];
  process.stdout.write(
    `\n${'dashboard report'.padEnd(46)}${'median'.padStart(10)}${'p95'.padStart(10)}  rows\n`,
  );
  let worstP95 = 0;
  for (const [name, input] of cases) {
    const figures = await measure(database, actor, input);
    worstP95 = Math.max(worstP95, figures.p95);
    process.stdout.write(
      `${name.padEnd(46)}${`${figures.median.toFixed(1)} ms`.padStart(10)}${`${figures.p95.toFixed(1)} ms`.padStart(10)}  ${figures.rows}\n`,
    );
  }
  process.stdout.write(
    `\nworst p95: ${worstP95.toFixed(1)} ms (goal: under 200 ms) — ${worstP95 < 200 ? 'met' : 'NOT met'}\n`,
  );
}

export async function run(): Promise<void> {
  const reusedUrl = process.env.BENCH_COSTS_DATABASE_URL;
  const fresh = reusedUrl ? undefined : await createFreshDatabase(undefined, 'bench_costs');
  const database = createDatabaseClient(reusedUrl ?? fresh!.databaseUrl);
  try {
    const owner = reusedUrl
      ? await database.user.findUniqueOrThrow({ where: { id: 'bench-owner' } })
      : await seedAndRollUp(database);
    await measureDashboard(database, owner);
  } finally {
    await database.$disconnect();
    if (fresh && process.env.BENCH_COSTS_KEEP === '1') process.stdout.write(`kept: ${fresh.databaseUrl}\n`);
    else await fresh?.drop();
  }
}
