export { loadCatalog } from './load';
export { matchCatalogModel } from './match';
export { parseCatalog } from './parse';
export { resolveCatalogPrice } from './price';
export {
  type TCatalogModel,
  type TCatalogProvider,
  ZCatalogModel,
  ZCatalogPrice,
  ZCatalogProvider,
} from './schema';
