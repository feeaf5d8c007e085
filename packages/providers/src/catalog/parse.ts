import { z } from 'zod';
import { type TCatalogModel, ZCatalogModel } from './schema';

/** Validates catalog data; throws naming the first bad entry by index so a broken edit is easy to find. */
export function parseCatalog(data: unknown): readonly TCatalogModel[] {
  if (!Array.isArray(data)) {
    throw new Error('Model catalog must be a JSON array of models');
  }
  const seen = new Set<string>();
  return data.map((entry: unknown, index) => {
    const result = ZCatalogModel.safeParse(entry);
    if (!result.success) {
      const id = (entry as { id?: unknown } | null)?.id;
      const label = typeof id === 'string' ? ` ("${id}")` : '';
      throw new Error(`Invalid model catalog entry #${index}${label}:\n${z.prettifyError(result.error)}`);
    }
    const model = result.data;
    // Matching is case-insensitive, so ids differing only in case would be ambiguous.
    const key = `${model.provider}:${model.id.toLowerCase()}`;
    if (seen.has(key)) {
      throw new Error(
        `Invalid model catalog entry #${index}: duplicate ${model.provider} model "${model.id}"`,
      );
    }
    seen.add(key);
    return deepFreeze(model);
  });
}

function deepFreeze<TValue extends object>(value: TValue): TValue {
  for (const child of Object.values(value)) {
    if (child !== null && typeof child === 'object') {
      deepFreeze(child);
    }
  }
  return Object.freeze(value);
}
