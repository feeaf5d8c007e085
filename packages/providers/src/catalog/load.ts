import rawCatalog from '../../catalog/models.json' with { type: 'json' };
import { parseCatalog } from './parse';
import type { TCatalogModel } from './schema';

let catalog: readonly TCatalogModel[] | undefined;

/** The bundled catalog (catalog/models.json), validated once and shared; entries are frozen. */
export function loadCatalog(): readonly TCatalogModel[] {
  catalog ??= Object.freeze(parseCatalog(rawCatalog));
  return catalog;
}
