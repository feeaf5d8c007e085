// Builds catalog/models.json from LiteLLM's model price map for a curated list of current models.
// Usage (from the repository root):
//   pnpm exec tsx packages/providers/scripts/build-catalog.ts [path/to/litellm-model-prices.json]
// The default source is ../shared/data/litellm-model-prices.json next to the repository. The output is
// deterministic, committed and reviewed; rerun after editing the lists below or pinning a newer price map.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { matchCatalogModel } from '../src/catalog/match';
import { parseCatalog } from '../src/catalog/parse';
import type { TCatalogModel, TCatalogProvider } from '../src/catalog/schema';
import { perTokenToPerMTok } from './per-mtok';

const here = dirname(fileURLToPath(import.meta.url));
const OUTPUT_PATH = resolve(here, '../catalog/models.json');
const DEFAULT_SOURCE_PATH = resolve(here, '../../../../shared/data/litellm-model-prices.json');

/** The pinned price map; a different file must come with updated provenance, hence the hash check. */
const SOURCE = {
  commit: '00035b69f416be24e2e323c13198d9b7d2d1bdf9',
  readOn: '2026-11-22',
  sha256: '9cdbc982511111dbf85ea0d3ef491a6bae15162b8cb873dc45c3d9fcc290df4e',
};
const SOURCE_LABEL = `LiteLLM model_prices_and_context_window.json @${SOURCE.commit.slice(0, 8)}, read ${SOURCE.readOn}`;

/** [LiteLLM key, display name]. The API id is the key, minus LiteLLM's "gemini/" routing prefix. */
type TCurated = readonly [key: string, displayName: string];

const OPENAI: TCurated[] = [
  ['gpt-5.6', 'GPT-5.6'],
  ['gpt-5.6-sol', 'GPT-5.6 Sol'],
  ['gpt-5.6-terra', 'GPT-5.6 Terra'],
  ['gpt-5.6-luna', 'GPT-5.6 Luna'],
  ['gpt-5.5', 'GPT-5.5'],
  ['gpt-5.5-pro', 'GPT-5.5 pro'],
  ['gpt-5.4', 'GPT-5.4'],
  ['gpt-5.4-mini', 'GPT-5.4 mini'],
  ['gpt-5.4-nano', 'GPT-5.4 nano'],
  ['gpt-5.4-pro', 'GPT-5.4 pro'],
  ['gpt-5.3-codex', 'GPT-5.3-Codex'],
  ['gpt-5.2', 'GPT-5.2'],
  ['gpt-5.2-pro', 'GPT-5.2 pro'],
  ['gpt-5.2-codex', 'GPT-5.2-Codex'],
  ['gpt-5.1', 'GPT-5.1'],
  ['gpt-5.1-codex-mini', 'GPT-5.1-Codex mini'],
  ['gpt-5', 'GPT-5'],
  ['gpt-5-mini', 'GPT-5 mini'],
  ['gpt-5-nano', 'GPT-5 nano'],
  ['gpt-5-pro', 'GPT-5 pro'],
  ['gpt-4.1', 'GPT-4.1'],
  ['gpt-4.1-mini', 'GPT-4.1 mini'],
  ['gpt-4.1-nano', 'GPT-4.1 nano'],
  ['gpt-4o', 'GPT-4o'],
  // The first GPT-4o snapshot kept its launch price; without it the dated name would resolve to gpt-4o.
  ['gpt-4o-2024-05-13', 'GPT-4o (2024-05-13)'],
  ['gpt-4o-mini', 'GPT-4o mini'],
  ['o3', 'o3'],
  ['o3-pro', 'o3-pro'],
  ['o3-mini', 'o3-mini'],
  ['o3-deep-research', 'o3 deep research'],
  ['o4-mini', 'o4-mini'],
  ['o4-mini-deep-research', 'o4-mini deep research'],
  ['o1', 'o1'],
  ['o1-pro', 'o1-pro'],
  // Legacy models, kept for cost comparisons ("GPT-4 vs GPT-3.5 at a million calls a day").
  ['gpt-4', 'GPT-4'],
  ['gpt-4-turbo', 'GPT-4 Turbo'],
  ['gpt-4-0125-preview', 'GPT-4 Turbo preview (0125)'],
  ['gpt-4-1106-preview', 'GPT-4 Turbo preview (1106)'],
  ['gpt-3.5-turbo', 'GPT-3.5 Turbo'],
  ['gpt-3.5-turbo-1106', 'GPT-3.5 Turbo (1106)'],
  ['gpt-3.5-turbo-16k', 'GPT-3.5 Turbo 16k'],
  ['text-embedding-3-small', 'text-embedding-3-small'],
  ['text-embedding-3-large', 'text-embedding-3-large'],
  ['text-embedding-ada-002', 'text-embedding-ada-002'],
];

// Claude 3.5 Sonnet and Haiku are retired on Anthropic's API and no longer in the map (Bedrock still has them).
const ANTHROPIC: TCurated[] = [
  ['claude-fable-5', 'Claude Fable 5'],
  ['claude-opus-4-8', 'Claude Opus 4.8'],
  ['claude-opus-4-7', 'Claude Opus 4.7'],
  ['claude-opus-4-6', 'Claude Opus 4.6'],
  ['claude-opus-4-5', 'Claude Opus 4.5'],
  ['claude-opus-4-1', 'Claude Opus 4.1'],
  ['claude-opus-4-20250514', 'Claude Opus 4'],
  ['claude-sonnet-5', 'Claude Sonnet 5'],
  ['claude-sonnet-4-6', 'Claude Sonnet 4.6'],
  ['claude-sonnet-4-5', 'Claude Sonnet 4.5'],
  ['claude-sonnet-4-20250514', 'Claude Sonnet 4'],
  ['claude-haiku-4-5', 'Claude Haiku 4.5'],
  ['claude-3-7-sonnet-20250219', 'Claude Sonnet 3.7'],
  ['claude-3-haiku-20240307', 'Claude Haiku 3'],
];

const GEMINI: TCurated[] = [
  ['gemini/gemini-3.5-flash', 'Gemini 3.5 Flash'],
  ['gemini/gemini-3.1-pro-preview', 'Gemini 3.1 Pro (preview)'],
  ['gemini/gemini-3.1-flash-lite', 'Gemini 3.1 Flash-Lite'],
  ['gemini/gemini-3-flash-preview', 'Gemini 3 Flash (preview)'],
  ['gemini/gemini-2.5-pro', 'Gemini 2.5 Pro'],
  ['gemini/gemini-2.5-flash', 'Gemini 2.5 Flash'],
  ['gemini/gemini-2.5-flash-lite', 'Gemini 2.5 Flash-Lite'],
  ['gemini/gemini-pro-latest', 'Gemini Pro (latest)'],
  ['gemini/gemini-flash-latest', 'Gemini Flash (latest)'],
  ['gemini/gemini-flash-lite-latest', 'Gemini Flash-Lite (latest)'],
  ['gemini/gemini-embedding-001', 'Gemini Embedding 001'],
  ['gemini/gemini-embedding-2', 'Gemini Embedding 2'],
];

// In-region ids. Cross-region inference profiles ("us.", "eu.", ...) whose price differs are added below.
const BEDROCK: TCurated[] = [
  ['anthropic.claude-fable-5', 'Claude Fable 5'],
  ['anthropic.claude-opus-4-8', 'Claude Opus 4.8'],
  ['anthropic.claude-opus-4-7', 'Claude Opus 4.7'],
  ['anthropic.claude-opus-4-6-v1', 'Claude Opus 4.6'],
  ['anthropic.claude-opus-4-5-20251101-v1:0', 'Claude Opus 4.5'],
  ['anthropic.claude-opus-4-1-20250805-v1:0', 'Claude Opus 4.1'],
  ['anthropic.claude-sonnet-5', 'Claude Sonnet 5'],
  ['anthropic.claude-sonnet-4-6', 'Claude Sonnet 4.6'],
  ['anthropic.claude-sonnet-4-5-20250929-v1:0', 'Claude Sonnet 4.5'],
  ['anthropic.claude-sonnet-4-20250514-v1:0', 'Claude Sonnet 4'],
  ['anthropic.claude-haiku-4-5-20251001-v1:0', 'Claude Haiku 4.5'],
  ['anthropic.claude-3-7-sonnet-20250219-v1:0', 'Claude Sonnet 3.7'],
  ['anthropic.claude-3-5-sonnet-20241022-v2:0', 'Claude Sonnet 3.5 v2'],
  ['anthropic.claude-3-5-haiku-20241022-v1:0', 'Claude Haiku 3.5'],
  ['anthropic.claude-3-haiku-20240307-v1:0', 'Claude Haiku 3'],
  ['amazon.nova-2-pro-preview-20251202-v1:0', 'Amazon Nova 2 Pro (preview)'],
  ['amazon.nova-2-lite-v1:0', 'Amazon Nova 2 Lite'],
  // Nova Premier is served only through the US cross-region profile.
  ['us.amazon.nova-premier-v1:0', 'Amazon Nova Premier (US cross-region)'],
  ['amazon.nova-pro-v1:0', 'Amazon Nova Pro'],
  ['amazon.nova-lite-v1:0', 'Amazon Nova Lite'],
  ['amazon.nova-micro-v1:0', 'Amazon Nova Micro'],
  ['amazon.nova-2-multimodal-embeddings-v1:0', 'Amazon Nova 2 Multimodal Embeddings'],
  ['amazon.titan-embed-text-v2:0', 'Amazon Titan Text Embeddings V2'],
  ['meta.llama4-maverick-17b-instruct-v1:0', 'Llama 4 Maverick 17B'],
  ['meta.llama4-scout-17b-instruct-v1:0', 'Llama 4 Scout 17B'],
  ['meta.llama3-3-70b-instruct-v1:0', 'Llama 3.3 70B Instruct'],
  ['meta.llama3-2-90b-instruct-v1:0', 'Llama 3.2 90B Instruct'],
  ['meta.llama3-2-11b-instruct-v1:0', 'Llama 3.2 11B Instruct'],
  ['meta.llama3-2-3b-instruct-v1:0', 'Llama 3.2 3B Instruct'],
  ['meta.llama3-2-1b-instruct-v1:0', 'Llama 3.2 1B Instruct'],
  ['meta.llama3-1-405b-instruct-v1:0', 'Llama 3.1 405B Instruct'],
  ['meta.llama3-1-70b-instruct-v1:0', 'Llama 3.1 70B Instruct'],
  ['meta.llama3-1-8b-instruct-v1:0', 'Llama 3.1 8B Instruct'],
  ['mistral.mistral-large-3-675b-instruct', 'Mistral Large 3'],
  ['mistral.mistral-large-2407-v1:0', 'Mistral Large (24.07)'],
  // Pixtral Large exists only as cross-region profiles, so both are listed.
  ['us.mistral.pixtral-large-2502-v1:0', 'Pixtral Large 25.02 (US cross-region)'],
  ['eu.mistral.pixtral-large-2502-v1:0', 'Pixtral Large 25.02 (EU cross-region)'],
  ['mistral.devstral-2-123b', 'Devstral 2 123B'],
  ['mistral.magistral-small-2509', 'Magistral Small (25.09)'],
  ['mistral.ministral-3-14b-instruct', 'Ministral 3 14B'],
  ['mistral.ministral-3-8b-instruct', 'Ministral 3 8B'],
  ['mistral.ministral-3-3b-instruct', 'Ministral 3 3B'],
  ['mistral.mistral-small-2402-v1:0', 'Mistral Small (24.02)'],
  ['mistral.mixtral-8x7b-instruct-v0:1', 'Mixtral 8x7B Instruct'],
  ['mistral.mistral-7b-instruct-v0:2', 'Mistral 7B Instruct'],
];

const BEDROCK_REGIONS: readonly (readonly [prefix: string, label: string])[] = [
  ['us', 'US cross-region'],
  ['us-gov', 'US GovCloud cross-region'],
  ['eu', 'EU cross-region'],
  ['apac', 'APAC cross-region'],
  ['jp', 'Japan cross-region'],
  ['au', 'Australia cross-region'],
  ['global', 'global cross-region'],
];

/** Map entries that contradict the rest of the map; leaving them out lets the in-region entry apply. */
const SKIPPED_KEYS: Readonly<Record<string, string>> = {
  'eu.anthropic.claude-3-5-haiku-20241022-v1:0':
    'priced like Claude 3 Haiku ($0.25/$1.25), unlike the in-region and US entries ($0.80/$4)',
};

/** Corrections to map values, each with its reason; an undefined value removes the field. */
const OVERRIDES: Readonly<Record<string, Partial<Pick<TCatalogModel, 'contextWindow' | 'longContext'>>>> = {
  // The map gives this model a 1,000,000-token window with a long-context tier, unlike its cross-region
  // entries and Anthropic's documented 200k window for Claude 3.5 Sonnet.
  'anthropic.claude-3-5-sonnet-20241022-v2:0': { contextWindow: 200_000, longContext: undefined },
};

const EMULATED: TCatalogModel[] = [
  emulated('emulated-strong', 'Emulated strong', { inputPerMTok: '5', outputPerMTok: '15' }),
  emulated('emulated-cheap', 'Emulated cheap', { inputPerMTok: '0.15', outputPerMTok: '0.6' }),
  emulated('emulated-weak', 'Emulated weak', { inputPerMTok: '0.05', outputPerMTok: '0.1' }),
];

function emulated(id: string, displayName: string, prices: TCatalogModel['prices']): TCatalogModel {
  return {
    provider: 'emulated',
    id,
    displayName,
    mode: 'chat',
    contextWindow: 128_000,
    maxOutputTokens: 16_384,
    prices,
    effectiveFrom: SOURCE.readOn,
    source: 'Yardstick emulator (fictional prices)',
  };
}

type TLiteLLMEntry = Record<string, unknown>;
type TPriceMap = Record<string, TLiteLLMEntry>;

function optionalNumber(entry: TLiteLLMEntry, field: string): number | undefined {
  const value = entry[field];
  return typeof value === 'number' ? value : undefined;
}

function requiredNumber(entry: TLiteLLMEntry, field: string, key: string): number {
  const value = optionalNumber(entry, field);
  if (value === undefined) {
    throw new Error(`${key}: missing ${field}`);
  }
  return value;
}

function pricesOf(entry: TLiteLLMEntry, key: string, suffix = ''): TCatalogModel['prices'] {
  const convert = (field: string): string | undefined => {
    const value = optionalNumber(entry, field + suffix);
    return value === undefined ? undefined : perTokenToPerMTok(value, `${key} ${field}${suffix}`);
  };
  const input = convert('input_cost_per_token');
  const output = convert('output_cost_per_token');
  if (input === undefined || output === undefined) {
    throw new Error(`${key}: missing input_cost_per_token${suffix} or output_cost_per_token${suffix}`);
  }
  const cachedInput = convert('cache_read_input_token_cost');
  const cacheWrite = convert('cache_creation_input_token_cost');
  return {
    inputPerMTok: input,
    outputPerMTok: output,
    ...(cachedInput === undefined ? {} : { cachedInputPerMTok: cachedInput }),
    ...(cacheWrite === undefined ? {} : { cacheWritePerMTok: cacheWrite }),
  };
}

/** LiteLLM's "_above_200k_tokens" style fields: one threshold above which the whole request costs more. */
function longContextOf(entry: TLiteLLMEntry, key: string, base: TCatalogModel['prices']) {
  const thresholds = Object.keys(entry)
    .map((field) => /^input_cost_per_token_above_(\d+)k_tokens$/.exec(field)?.[1])
    .filter((k): k is string => k !== undefined);
  if (thresholds.length === 0) {
    return undefined;
  }
  if (thresholds.length > 1) {
    throw new Error(
      `${key}: several long-context tiers (${thresholds.join(', ')}k); model them before adding`,
    );
  }
  const threshold = thresholds[0]!;
  const prices = pricesOf(entry, key, `_above_${threshold}k_tokens`);
  for (const field of ['cachedInputPerMTok', 'cacheWritePerMTok'] as const) {
    if (base[field] !== undefined && prices[field] === undefined) {
      throw new Error(`${key}: long-context tier above ${threshold}k lacks ${field}`);
    }
  }
  return { aboveInputTokens: Number(threshold) * 1000, prices };
}

function toCatalogModel(
  map: TPriceMap,
  provider: TCatalogProvider,
  key: string,
  displayName: string,
): TCatalogModel {
  const entry = map[key];
  if (entry === undefined) {
    throw new Error(`${key} is not in the price map`);
  }
  const mode =
    entry.mode === 'embedding'
      ? 'embedding'
      : entry.mode === 'chat' || entry.mode === 'responses'
        ? 'chat'
        : undefined;
  if (mode === undefined) {
    throw new Error(`${key}: mode ${String(entry.mode)} is neither chat, responses nor embedding`);
  }
  const prices = pricesOf(entry, key);
  const longContext = longContextOf(entry, key, prices);
  const deprecationDate = typeof entry.deprecation_date === 'string' ? entry.deprecation_date : undefined;
  return {
    provider,
    id: provider === 'gemini' ? key.replace(/^gemini\//, '') : key,
    displayName,
    mode,
    contextWindow:
      optionalNumber(entry, 'max_input_tokens') ??
      requiredNumber(entry, 'max_tokens', `${key} context window`),
    // Embedding models produce vectors, not tokens.
    maxOutputTokens:
      mode === 'embedding'
        ? 0
        : (optionalNumber(entry, 'max_output_tokens') ??
          requiredNumber(entry, 'max_tokens', `${key} output`)),
    prices,
    ...(longContext === undefined ? {} : { longContext }),
    ...(deprecationDate === undefined ? {} : { deprecationDate }),
    effectiveFrom: SOURCE.readOn,
    source: SOURCE_LABEL,
    ...OVERRIDES[key],
  };
}

const BEDROCK_REGION_KEY = new RegExp(`^(?:${BEDROCK_REGIONS.map(([prefix]) => prefix).join('|')})\\.`);

function buildModels(map: TPriceMap): TCatalogModel[] {
  const models: TCatalogModel[] = [...EMULATED];
  const curated: [TCatalogProvider, TCurated[]][] = [
    ['openai', OPENAI],
    ['anthropic', ANTHROPIC],
    ['gemini', GEMINI],
    ['bedrock', BEDROCK],
  ];
  for (const [provider, list] of curated) {
    for (const [key, displayName] of list) {
      const model = toCatalogModel(map, provider, key, displayName);
      models.push(model);
      if (provider === 'bedrock' && !BEDROCK_REGION_KEY.test(key)) {
        models.push(...bedrockRegionVariants(map, model, displayName));
      }
    }
  }
  return models.sort((a, b) => compare(a.provider, b.provider) || compare(a.id, b.id));
}

/** Cross-region profiles priced differently from the in-region model; same-priced ones resolve to it anyway. */
function bedrockRegionVariants(map: TPriceMap, base: TCatalogModel, displayName: string): TCatalogModel[] {
  const variants: TCatalogModel[] = [];
  for (const [prefix, label] of BEDROCK_REGIONS) {
    const key = `${prefix}.${base.id}`;
    if (map[key] === undefined || SKIPPED_KEYS[key] !== undefined) {
      continue;
    }
    const variant = toCatalogModel(map, 'bedrock', key, `${displayName} (${label})`);
    if (pricingKey(variant) !== pricingKey(base)) {
      variants.push(variant);
    }
  }
  return variants;
}

function pricingKey(model: TCatalogModel): string {
  return JSON.stringify([model.prices, model.longContext]);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const LITELLM_PROVIDERS: Readonly<Record<string, TCatalogProvider>> = {
  openai: 'openai',
  anthropic: 'anthropic',
  gemini: 'gemini',
  bedrock: 'bedrock',
  bedrock_converse: 'bedrock',
};

/**
 * Map entries that the matcher resolves to a catalog model with other input or output prices: snapshots or
 * variants the prefix rule would misprice, to be curated above. Differences in cache prices alone (preview
 * snapshots, audio variants without caching) are accepted and not reported.
 */
function findMispricedNames(map: TPriceMap, catalog: readonly TCatalogModel[]): string[] {
  const findings: string[] = [];
  for (const [key, entry] of Object.entries(map)) {
    const provider = LITELLM_PROVIDERS[String(entry.litellm_provider)];
    const apiId = provider === 'gemini' ? key.replace(/^gemini\//, '') : key;
    const isTextModel = entry.mode === 'chat' || entry.mode === 'responses' || entry.mode === 'embedding';
    // Keys with "/" are LiteLLM routes (bedrock/us-east-1/…), "ft:" keys are fine-tune templates.
    if (
      provider === undefined ||
      !isTextModel ||
      apiId.includes('/') ||
      key.startsWith('ft:') ||
      SKIPPED_KEYS[key]
    ) {
      continue;
    }
    const match = matchCatalogModel(provider, apiId, catalog);
    if (match === undefined || typeof entry.input_cost_per_token !== 'number') {
      continue;
    }
    const { inputPerMTok, outputPerMTok } = pricesOf(entry, key);
    if (inputPerMTok !== match.prices.inputPerMTok || outputPerMTok !== match.prices.outputPerMTok) {
      findings.push(
        `${key} → ${match.id}: map $${inputPerMTok}/$${outputPerMTok}, catalog ${JSON.stringify(match.prices)}`,
      );
    }
  }
  return findings;
}

function main(): void {
  const sourcePath = resolve(process.argv[2] ?? DEFAULT_SOURCE_PATH);
  const text = readFileSync(sourcePath, 'utf8');
  const sha256 = createHash('sha256').update(text).digest('hex');
  if (sha256 !== SOURCE.sha256) {
    throw new Error(
      `${sourcePath} has sha256 ${sha256}, not the pinned ${SOURCE.sha256}; update SOURCE (commit, read date, hash)`,
    );
  }
  const map = JSON.parse(text) as TPriceMap;
  const models = parseCatalog(buildModels(map));
  writeFileSync(OUTPUT_PATH, `${JSON.stringify(models, null, 2)}\n`);
  const perProvider = new Map<string, number>();
  for (const model of models) {
    perProvider.set(model.provider, (perProvider.get(model.provider) ?? 0) + 1);
  }
  const counts = [...perProvider].map(([provider, count]) => `${provider} ${count}`).join(', ');
  process.stdout.write(`Wrote ${models.length} models (${counts}) to ${OUTPUT_PATH}\n`);
  for (const finding of findMispricedNames(map, models)) {
    console.warn(`mispriced by matching: ${finding}`);
  }
}

main();
