'use client';
import {
  comparisonLimits,
  isEmptyTemplate,
  type TComparisonView,
  type TCostPrediction,
  type TModelConfigView,
  type TPromptView,
} from '@yardstick/core';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useSubmit } from '@/components/forms/use-submit';
import { api } from '@/lib/api';
import { usd } from '@/lib/money';
import { ComparisonResults } from './comparison-results';
import { ModelConfigPicker } from './model-config-picker';
import { draftFromComparison, emptyRow, toDraft } from './playground-draft';
import type { TCatalogModelOption, TConnectionOption } from './playground-types';
import { PromptRow } from './prompt-row';
import { RunBar } from './run-bar';
import { useCostPrediction } from './use-cost-prediction';

function rowPrediction(
  prediction: TCostPrediction | undefined,
  rowIndex: number,
  names: string[],
): string | null {
  const cells = prediction?.cells.filter((cell) => cell.rowIndex === rowIndex) ?? [];
  if (cells.length === 0) return null;
  return `Predicted: ${cells
    .map(
      (cell) =>
        `${names[cell.columnIndex]} ${usd(cell.costNanoUsd, { isEstimate: cell.isInputEstimate })} (${cell.inputTokens} in + ${cell.outputTokens} out tokens)`,
    )
    .join(' · ')}`;
}

/** The comparison editor (model configs × prompts, predicted cost as you type) and the comparison it ran. */
export function Playground(props: {
  projectId: string;
  canWrite: boolean;
  userId: string;
  modelConfigs: TModelConfigView[];
  connections: TConnectionOption[];
  models: TCatalogModelOption[];
  prompts: TPromptView[];
  initialComparison: TComparisonView | null;
}) {
  const router = useRouter();
  const [initial] = useState(() =>
    draftFromComparison(props.initialComparison, props.modelConfigs, props.prompts),
  );
  const [configs, setConfigs] = useState(props.modelConfigs);
  const [prompts, setPrompts] = useState(props.prompts);
  const [columnIds, setColumnIds] = useState(initial.columnIds);
  const [rows, setRows] = useState(initial.rows);
  const [comparison, setComparison] = useState(props.initialComparison);
  // Opening another comparison (history link, demo) loads it into the editor; a refresh of the one shown keeps
  // whatever the user has typed since.
  const [linkedId, setLinkedId] = useState(props.initialComparison?.id);
  if (props.initialComparison && props.initialComparison.id !== linkedId) {
    setLinkedId(props.initialComparison.id);
    if (props.initialComparison.id !== comparison?.id) {
      const opened = draftFromComparison(props.initialComparison, props.modelConfigs, props.prompts);
      setComparison(props.initialComparison);
      setConfigs(props.modelConfigs);
      setPrompts(props.prompts);
      setColumnIds(opened.columnIds);
      setRows(opened.rows);
    }
  }
  const draft = toDraft(columnIds, rows);
  // Nothing to predict on a blank editor: no error for a prompt the user has not started to write.
  const isReady = columnIds.length > 0 && rows.some((row) => !isEmptyTemplate(row.messages));
  const {
    prediction,
    error: predictionError,
    isPending: isPredicting,
  } = useCostPrediction(props.projectId, draft, isReady);
  const run = useSubmit(async () => {
    const created = await api<TComparisonView>(`/api/v1/projects/${props.projectId}/comparisons`, {
      body: draft,
    });
    setComparison(created);
    // The link to the saved comparison, without a round trip: the grid streams at once.
    window.history.replaceState(null, '', `/projects/${props.projectId}/playground?comparison=${created.id}`);
  });
  const columnNames = columnIds.map((id) => configs.find((config) => config.id === id)?.name ?? '?');
  return (
    <>
      <ModelConfigPicker
        projectId={props.projectId}
        canWrite={props.canWrite}
        configs={configs}
        selectedIds={columnIds}
        connections={props.connections}
        models={props.models}
        onChange={setColumnIds}
        onCreated={(config) => {
          setConfigs((current) => [...current, config]);
          setColumnIds((current) =>
            current.length < comparisonLimits.maxColumns ? [...current, config.id] : current,
          );
        }}
      />
      <section className="card stack" aria-labelledby="prompts-heading">
        <h2 id="prompts-heading">
          Prompts{' '}
          <span className="muted small">
            {rows.length} (rows); use {'{{variable}}'} for inputs
          </span>
        </h2>
        {rows.map((row, index) => (
          <PromptRow
            key={row.key}
            projectId={props.projectId}
            index={index}
            row={row}
            prompts={prompts}
            canWrite={props.canWrite}
            canRemove={rows.length > 1}
            onChange={(changed) =>
              setRows((current) =>
                current.map((candidate) => (candidate.key === row.key ? changed : candidate)),
              )
            }
            onRemove={() => setRows((current) => current.filter((candidate) => candidate.key !== row.key))}
            onPromptSaved={(prompt) =>
              setPrompts((current) => [...current.filter((candidate) => candidate.id !== prompt.id), prompt])
            }
            predictionText={rowPrediction(prediction, index, columnNames)}
          />
        ))}
        {rows.length < comparisonLimits.maxRows ? (
          <div className="row">
            <button
              type="button"
              className="secondary"
              onClick={() => setRows((current) => [...current, emptyRow()])}
            >
              + Add prompt
            </button>
          </div>
        ) : null}
      </section>
      <RunBar
        cellCount={columnIds.length * rows.length}
        prediction={prediction}
        predictionError={predictionError}
        isPredicting={isPredicting}
        canWrite={props.canWrite}
        isRunning={run.isPending}
        runError={run.error}
        onRun={() => void run.submit()}
      />
      {comparison ? (
        <ComparisonResults
          key={comparison.id}
          projectId={props.projectId}
          initial={comparison}
          userId={props.userId}
          canWrite={props.canWrite}
          onSettled={() => router.refresh()}
        />
      ) : null}
    </>
  );
}
