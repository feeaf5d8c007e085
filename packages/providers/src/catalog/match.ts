// Resolves the model name a caller or provider uses to a catalog entry. Providers report many spellings of one
// model (dated snapshots, -latest aliases, Bedrock inference-profile prefixes, Gemini "models/" paths).
import type { TProviderKind } from '../types';
import type { TCatalogModel, TCatalogProvider } from './schema';

const BEDROCK_REGION_PREFIX = /^(?:us|us-gov|eu|apac|jp|au|ca|global)\./;
/** The revision after the version (":0" in "-v1:0"); the "-vN" itself can change the price, so it stays. */
const BEDROCK_REVISION_SUFFIX = /:\d+$/;
const LATEST_SUFFIX = /-latest$/;
const DATE_SUFFIX = /^-(?:\d{8}|\d{4}-\d{2}-\d{2})$/;
/** Characters after which a catalog id may be continued by a snapshot or version: gpt-4o|-2024-08-06. */
const NAME_BOUNDARIES = new Set(['-', ':']);

/**
 * The catalog entry for a model name, or undefined when unknown (the caller then records the call as unpriced).
 * Tries, in order: the exact id; for Bedrock the id without its revision suffix (":0"); the longest catalog id
 * that is a prefix ending at a "-" or ":" boundary (dated snapshots); a family alias's newest dated snapshot
 * (claude-3-7-sonnet-latest → claude-3-7-sonnet-20250219). Each step tries the name as given before its
 * region-free (Bedrock) or -latest-free form. Only the provider's own entries are considered, except that
 * OpenAI-compatible servers are matched against OpenAI models; their local models stay unmatched.
 */
export function matchCatalogModel(
  provider: TProviderKind,
  modelName: string,
  catalog: readonly TCatalogModel[],
): TCatalogModel | undefined {
  const catalogProvider: TCatalogProvider = provider === 'openai_compatible' ? 'openai' : provider;
  const candidates = catalog
    .filter((model) => model.provider === catalogProvider)
    .map((model) => ({ model, id: model.id.toLowerCase() }));
  const names = nameVariants(catalogProvider, modelName);

  for (const name of names) {
    const exact = candidates.find((candidate) => candidate.id === name);
    if (exact) {
      return exact.model;
    }
  }
  if (catalogProvider === 'bedrock') {
    for (const name of names) {
      const unrevised = stripBedrockRevision(name);
      const hit = candidates.find((candidate) => stripBedrockRevision(candidate.id) === unrevised);
      if (hit) {
        return hit.model;
      }
    }
  }
  for (const name of names) {
    let best: (typeof candidates)[number] | undefined;
    for (const candidate of candidates) {
      const isPrefix = name.startsWith(candidate.id) && NAME_BOUNDARIES.has(name.charAt(candidate.id.length));
      if (isPrefix && (best === undefined || candidate.id.length > best.id.length)) {
        best = candidate;
      }
    }
    if (best) {
      return best.model;
    }
  }
  for (const name of names) {
    const snapshots = candidates
      .filter(
        (candidate) => candidate.id.startsWith(name) && DATE_SUFFIX.test(candidate.id.slice(name.length)),
      )
      .sort((a, b) => (a.id < b.id ? 1 : -1));
    if (snapshots[0]) {
      return snapshots[0].model;
    }
  }
  return undefined;
}

/** Normalized spellings of a name, most specific first. */
function nameVariants(provider: TCatalogProvider, modelName: string): string[] {
  let name = modelName.trim().toLowerCase();
  if (provider === 'openai') {
    name = name.replace(/^openai\//, '');
  } else if (provider === 'gemini') {
    name = name.replace(/^(?:models|gemini)\//, '');
  } else if (provider === 'bedrock') {
    // ARNs (…:inference-profile/us.anthropic…) and LiteLLM-style "bedrock/…" names end with the model id.
    name = name.slice(name.lastIndexOf('/') + 1);
  }
  const variants = [name];
  if (provider === 'bedrock' && BEDROCK_REGION_PREFIX.test(name)) {
    variants.push(name.replace(BEDROCK_REGION_PREFIX, ''));
  }
  if (LATEST_SUFFIX.test(name)) {
    variants.push(name.replace(LATEST_SUFFIX, ''));
  }
  return variants;
}

function stripBedrockRevision(id: string): string {
  return id.replace(BEDROCK_REVISION_SUFFIX, '');
}
