export { loadCatalog } from './load';
export { matchCatalogModel } from './match';
export { parseCatalog } from './parse';
export { catalogPrice } from './price';
export {
  type TCatalogModel,
  type TCatalogProvider,
  ZCatalogModel,
  ZCatalogPrice,
  ZCatalogProvider,
} from './schema';
