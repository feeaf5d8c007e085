// What the playground's server page hands its client components (plain data, no server types).
export interface TConnectionOption {
  id: string;
  name: string;
  kind: string;
  isBuiltIn: boolean;
}

export interface TCatalogModelOption {
  provider: string;
  modelId: string;
  displayName: string;
  contextWindow: number | null;
}
