import type { Dataset, DatasetItem, DatasetVersion } from '@yardstick/db';

export interface TDatasetVersionView {
  id: string;
  number: number;
  message: string;
  itemCount: number;
  createdAt: string;
}

export interface TDatasetView {
  id: string;
  name: string;
  description: string | null;
  latestVersion: number;
  itemCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface TDatasetItemView {
  /** The row id: changes when the item is edited (a new version holds a new row). */
  id: string;
  key: string;
  ordinal: number;
  input: Record<string, string>;
  expectedOutput: string | null;
  metadata: Record<string, unknown>;
  expectedOutputSource: Record<string, unknown> | null;
  /** The version this content first appeared in. */
  sinceVersion: number;
}

export function toDatasetVersionView(version: DatasetVersion): TDatasetVersionView {
  return {
    id: version.id,
    number: version.number,
    message: version.message,
    itemCount: version.itemCount,
    createdAt: version.createdAt.toISOString(),
  };
}

export function toDatasetView(dataset: Dataset, itemCount: number): TDatasetView {
  return {
    id: dataset.id,
    name: dataset.name,
    description: dataset.description,
    latestVersion: dataset.latestVersion,
    itemCount,
    createdAt: dataset.createdAt.toISOString(),
    updatedAt: dataset.updatedAt.toISOString(),
  };
}

export function toDatasetItemView(item: DatasetItem): TDatasetItemView {
  return {
    id: item.id,
    key: item.key,
    ordinal: item.ordinal,
    input: item.input as Record<string, string>,
    expectedOutput: item.expectedOutput,
    metadata: item.metadata as Record<string, unknown>,
    expectedOutputSource: (item.expectedOutputSource as Record<string, unknown> | null) ?? null,
    sinceVersion: item.validFrom,
  };
}
