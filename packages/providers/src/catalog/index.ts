export { loadCatalog, parseCatalog } from './load';
export { matchCatalogModel } from './match';
export { resolveCatalogPrice } from './price';
export { type TCatalogModel, type TCatalogProvider, ZCatalogModel, ZCatalogPrice, ZCatalogProvider } from './schema';
