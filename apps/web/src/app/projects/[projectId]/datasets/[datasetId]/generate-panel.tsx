'use client';
import { formatUsd, type TGenerationPrediction, type TGenerationRunView } from '@yardstick/core';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { FormError } from '@/components/forms/field-errors';
import { useSubmit } from '@/components/forms/use-submit';
import { api } from '@/lib/api';

export function costText(nanoUsd: string | null): string {
  return nanoUsd === null ? 'unpriced' : formatUsd(BigInt(nanoUsd));
}

export function GeneratePanel(props: {
  projectId: string;
  datasetId: string;
  versions: number[];
  modelConfigs: { id: string; name: string; model: string }[];
  prompts: { id: string; label: string; variables: string[] }[];
}) {
  const router = useRouter();
  const base = `/api/v1/projects/${props.projectId}/datasets/${props.datasetId}/generation-runs`;
  const [version, setVersion] = useState(props.versions[0]!);
  const [promptVersionId, setPromptVersionId] = useState(props.prompts[0]?.id ?? '');
  const [selected, setSelected] = useState<string[]>([]);
  const [prediction, setPrediction] = useState<TGenerationPrediction>();
  const draft = { datasetVersion: version, promptVersionId, modelConfigIds: selected };
  const predicting = useSubmit(async () => {
    setPrediction(await api<TGenerationPrediction>(`${base}/prediction`, { body: draft }));
  });
  const starting = useSubmit(async () => {
    await api<TGenerationRunView>(base, { body: draft });
    setPrediction(undefined);
    router.refresh();
  });
  const change = (update: () => void) => {
    update();
    setPrediction(undefined);
  };
  if (props.modelConfigs.length === 0 || props.prompts.length === 0) {
    return (
      <section className="card stack">
        <h2>Generate completions</h2>
        <p className="muted">
          Generating needs at least one model config and one prompt; create them in the{' '}
          <Link href={`/projects/${props.projectId}/playground`}>playground</Link>.
        </p>
      </section>
    );
  }
  return (
    <section className="card stack">
      <h2>Generate completions</h2>
      <p className="muted">
        Runs the prompt on every item of the version with each model config, so there is something to label.
      </p>
      <div className="row">
        <label>
          Dataset version
          <select value={version} onChange={(event) => change(() => setVersion(Number(event.target.value)))}>
            {props.versions.map((number) => (
              <option key={number} value={number}>
                v{number}
              </option>
            ))}
          </select>
        </label>
        <label>
          Prompt
          <select
            value={promptVersionId}
            onChange={(event) => change(() => setPromptVersionId(event.target.value))}
          >
            {props.prompts.map((prompt) => (
              <option key={prompt.id} value={prompt.id}>
                {prompt.label} {prompt.variables.map((name) => `{{${name}}}`).join(' ')}
              </option>
            ))}
          </select>
        </label>
      </div>
      <fieldset className="checks" aria-label="Model configs">
        {props.modelConfigs.map((config) => (
          <label key={config.id}>
            <input
              type="checkbox"
              checked={selected.includes(config.id)}
              onChange={(event) =>
                change(() =>
                  setSelected(
                    event.target.checked
                      ? [...selected, config.id]
                      : selected.filter((id) => id !== config.id),
                  ),
                )
              }
            />
            {config.name} <span className="muted">({config.model})</span>
          </label>
        ))}
      </fieldset>
      <div className="inline-actions">
        <button
          type="button"
          className="secondary"
          disabled={selected.length === 0 || predicting.isPending}
          onClick={() => void predicting.submit()}
        >
          Predict cost
        </button>
        <button
          type="button"
          disabled={!prediction || starting.isPending}
          onClick={() => void starting.submit()}
        >
          {prediction
            ? `Generate ${prediction.completionCount.toLocaleString('en-US')} completions`
            : 'Generate'}
        </button>
      </div>
      {prediction ? (
        <p data-testid="predicted-cost">
          Predicted cost: <strong>{costText(prediction.totalNanoUsd)}</strong> for{' '}
          {prediction.completionCount.toLocaleString('en-US')} completions (
          {prediction.perModelConfig
            .map((entry) => `${entry.name}: ${costText(entry.costNanoUsd)}`)
            .join(', ')}
          )
          {prediction.isEstimate ? (
            <span className="muted">
              {' '}
              · an estimate
              {prediction.sampledItems < prediction.itemCount
                ? `, scaled from ${prediction.sampledItems} sampled items`
                : ''}
            </span>
          ) : null}
        </p>
      ) : null}
      <FormError error={predicting.error ?? starting.error} />
    </section>
  );
}
