'use client';
import { comparisonLimits, type TModelConfigView } from '@yardstick/core';
import { useState } from 'react';
import { providerLabel } from '@/lib/provider-labels';
import { ModelConfigForm } from './model-config-form';
import type { TCatalogModelOption, TConnectionOption } from './playground-types';

function priceText(config: TModelConfigView): string {
  return config.price
    ? `$${config.price.inputPerMTok} / $${config.price.outputPerMTok} per MTok`
    : 'unpriced';
}

/** The columns of the comparison: saved model configs, added and removed, or created on the spot. */
export function ModelConfigPicker(props: {
  projectId: string;
  canWrite: boolean;
  configs: TModelConfigView[];
  selectedIds: string[];
  connections: TConnectionOption[];
  models: TCatalogModelOption[];
  onChange: (ids: string[]) => void;
  onCreated: (config: TModelConfigView) => void;
}) {
  const [isCreating, setCreating] = useState(false);
  const selected = props.selectedIds
    .map((id) => props.configs.find((config) => config.id === id))
    .filter((config): config is TModelConfigView => config !== undefined);
  const available = props.configs.filter(
    (config) => !config.isArchived && !props.selectedIds.includes(config.id),
  );
  const isFull = selected.length >= comparisonLimits.maxColumns;
  return (
    <section className="card stack" aria-labelledby="columns-heading">
      <div className="row spread">
        <h2 id="columns-heading">
          Model configs <span className="muted small">{selected.length} selected (columns)</span>
        </h2>
        {props.canWrite ? (
          <button type="button" className="secondary" onClick={() => setCreating(!isCreating)}>
            {isCreating ? 'Close the form' : '+ New model config'}
          </button>
        ) : null}
      </div>
      {selected.length === 0 ? <p className="muted">Choose at least one model config to compare.</p> : null}
      <ul className="plain column-chips">
        {selected.map((config, index) => (
          <li key={config.id} className="column-chip">
            <strong>
              {String.fromCharCode(65 + index)}. {config.name}
            </strong>
            <span className="muted small">
              {config.connection.isBuiltIn ? (
                <span className="badge offline">emulated</span>
              ) : (
                providerLabel(config.connection.kind)
              )}{' '}
              {config.model} · {priceText(config)}
            </span>
            <button
              type="button"
              className="secondary small"
              aria-label={`Remove ${config.name}`}
              onClick={() => props.onChange(props.selectedIds.filter((id) => id !== config.id))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      {available.length > 0 && !isFull ? (
        <label className="inline-label">
          Add a model config
          <select
            aria-label="Add a model config"
            value=""
            onChange={(event) => {
              if (event.target.value) props.onChange([...props.selectedIds, event.target.value]);
            }}
          >
            <option value="">Choose…</option>
            {available.map((config) => (
              <option key={config.id} value={config.id}>
                {config.name} ({config.model})
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {isFull ? (
        <p className="muted small">A comparison has at most {comparisonLimits.maxColumns} model configs.</p>
      ) : null}
      {isCreating ? (
        <ModelConfigForm
          projectId={props.projectId}
          connections={props.connections}
          models={props.models}
          onSaved={(config) => {
            props.onCreated(config);
            setCreating(false);
          }}
          onCancel={() => setCreating(false)}
        />
      ) : null}
    </section>
  );
}
