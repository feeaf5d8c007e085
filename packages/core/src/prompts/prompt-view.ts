import type { Prompt, PromptVersion } from '@yardstick/db';
import type { TPromptMessage } from './template';

export interface TPromptVersionView {
  id: string;
  version: number;
  messages: TPromptMessage[];
  variables: string[];
  /** A used version is immutable: saving changed text makes a new version. */
  isUsed: boolean;
  createdAt: string;
}

export interface TPromptView {
  id: string;
  name: string;
  latestVersion: TPromptVersionView;
  /** Every version, newest first (only when one prompt is asked for). */
  versions?: TPromptVersionView[];
  createdAt: string;
  updatedAt: string;
}

export function toPromptVersionView(version: PromptVersion): TPromptVersionView {
  return {
    id: version.id,
    version: version.version,
    messages: version.messages as unknown as TPromptMessage[],
    variables: version.variables,
    isUsed: version.firstUsedAt !== null,
    createdAt: version.createdAt.toISOString(),
  };
}

/** `versions` newest first; the first is the latest. */
export function toPromptView(prompt: Prompt, versions: PromptVersion[], isDetailed: boolean): TPromptView {
  return {
    id: prompt.id,
    name: prompt.name,
    latestVersion: toPromptVersionView(versions[0]!),
    ...(isDetailed ? { versions: versions.map(toPromptVersionView) } : {}),
    createdAt: prompt.createdAt.toISOString(),
    updatedAt: prompt.updatedAt.toISOString(),
  };
}
