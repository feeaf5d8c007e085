// The editor's state of a comparison draft and how it becomes the body the API takes.
import {
  extractVariables,
  type TComparisonDraft,
  type TComparisonView,
  type TModelConfigView,
  type TPromptMessage,
  type TPromptView,
} from '@yardstick/core';

export interface TRowState {
  key: string;
  /** The saved prompt this row was loaded from, if any. */
  promptId: string | null;
  promptVersionId: string | null;
  /** Changed since loaded: runs as an inline template until saved. */
  isEdited: boolean;
  messages: TPromptMessage[];
  values: Record<string, string>;
}

let nextKey = 0;
export function rowKey(): string {
  nextKey += 1;
  return `row-${nextKey}`;
}

export function emptyRow(): TRowState {
  return {
    key: rowKey(),
    promptId: null,
    promptVersionId: null,
    isEdited: false,
    messages: [{ role: 'user', content: '' }],
    values: {},
  };
}

export function toDraft(columnIds: string[], rows: TRowState[]): TComparisonDraft {
  return {
    modelConfigIds: columnIds,
    rows: rows.map((row) => {
      const names = extractVariables(row.messages);
      const variables = Object.fromEntries(names.map((name) => [name, row.values[name] ?? '']));
      return row.promptVersionId && !row.isEdited
        ? { promptVersionId: row.promptVersionId, variables }
        : { messages: row.messages, variables };
    }),
  };
}

/** Reopening a comparison puts its columns and rows back in the editor, to tweak and run again. */
export function draftFromComparison(
  comparison: TComparisonView | null,
  configs: TModelConfigView[],
  prompts: TPromptView[],
): { columnIds: string[]; rows: TRowState[] } {
  const usable = configs.filter((config) => !config.isArchived);
  if (!comparison) return { columnIds: usable.slice(0, 2).map((config) => config.id), rows: [emptyRow()] };
  return {
    columnIds: comparison.columns
      .map((column) => column.modelConfigId)
      .filter((id) => usable.some((config) => config.id === id)),
    rows: comparison.rows.map((row) => {
      const prompt = prompts.find((candidate) => candidate.latestVersion.id === row.promptVersionId);
      return {
        key: rowKey(),
        promptId: prompt?.id ?? null,
        promptVersionId: prompt ? row.promptVersionId : null,
        isEdited: false,
        messages: row.messages,
        values: row.variables,
      };
    }),
  };
}
