'use client';
import type { TModelConfigView } from '@yardstick/core';
import { useState } from 'react';
import { FormError } from '@/components/forms/field-errors';
import { useSubmit } from '@/components/forms/use-submit';
import { api } from '@/lib/api';
import { providerLabel } from '@/lib/provider-labels';
import type { TCatalogModelOption, TConnectionOption } from './playground-types';

function numberOrNull(value: FormDataEntryValue | null): number | null {
  const text = String(value ?? '').trim();
  return text === '' ? null : Number(text);
}

/** Creates a model config, or edits one when `existing` is given. */
export function ModelConfigForm(props: {
  projectId: string;
  connections: TConnectionOption[];
  models: TCatalogModelOption[];
  existing?: TModelConfigView;
  onSaved: (config: TModelConfigView) => void;
  onCancel?: () => void;
}) {
  const { existing } = props;
  const [connectionId, setConnectionId] = useState(existing?.connection.id ?? props.connections[0]?.id ?? '');
  const connection = props.connections.find((candidate) => candidate.id === connectionId);
  const choices = props.models.filter(
    (model) => model.provider === (connection?.kind === 'openai_compatible' ? 'openai' : connection?.kind),
  );
  const isFreeText = connection?.kind === 'openai_compatible';
  const save = useSubmit(async (form: FormData) => {
    const stopSequences = String(form.get('stopSequences') ?? '')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '');
    const body = {
      name: String(form.get('name') ?? ''),
      connectionId,
      model: String(form.get('model') ?? ''),
      systemPrompt: String(form.get('systemPrompt') ?? '').trim() || null,
      temperature: numberOrNull(form.get('temperature')),
      topP: numberOrNull(form.get('topP')),
      maxOutputTokens: numberOrNull(form.get('maxOutputTokens')),
      stopSequences,
      seed: numberOrNull(form.get('seed')),
    };
    const saved = existing
      ? await api<TModelConfigView>(`/api/v1/projects/${props.projectId}/model-configs/${existing.id}`, {
          method: 'PATCH',
          body,
        })
      : await api<TModelConfigView>(`/api/v1/projects/${props.projectId}/model-configs`, { body });
    props.onSaved(saved);
  });
  const idPrefix = existing ? `model-config-${existing.id}` : 'new-model-config';
  return (
    <form
      className="stack"
      aria-label={existing ? `Edit ${existing.name}` : 'New model config'}
      onSubmit={(event) => {
        event.preventDefault();
        void save.submit(new FormData(event.currentTarget));
      }}
    >
      <div className="row">
        <label>
          Name
          <input
            name="name"
            required
            maxLength={80}
            defaultValue={existing?.name}
            placeholder="Cheap, terse"
          />
        </label>
        <label>
          Connection
          <select
            name="connectionId"
            value={connectionId}
            onChange={(event) => setConnectionId(event.target.value)}
          >
            {props.connections.map((option) => (
              <option key={option.id} value={option.id}>
                {option.name}
                {option.isBuiltIn ? '' : ` (${providerLabel(option.kind)})`}
              </option>
            ))}
          </select>
        </label>
        {isFreeText ? (
          <label>
            Model
            <input name="model" required list={`${idPrefix}-models`} defaultValue={existing?.model} />
          </label>
        ) : (
          <label>
            Model
            <select name="model" required defaultValue={existing?.model} key={connectionId}>
              {choices.map((model) => (
                <option key={model.modelId} value={model.modelId}>
                  {model.displayName} ({model.modelId})
                </option>
              ))}
            </select>
          </label>
        )}
        {isFreeText ? (
          <datalist id={`${idPrefix}-models`}>
            {choices.map((model) => (
              <option key={model.modelId} value={model.modelId} />
            ))}
          </datalist>
        ) : null}
      </div>
      <div className="row">
        <label>
          Temperature
          <input
            name="temperature"
            type="number"
            min={0}
            max={2}
            step={0.1}
            defaultValue={existing?.temperature ?? ''}
          />
        </label>
        <label>
          Top p
          <input name="topP" type="number" min={0} max={1} step={0.05} defaultValue={existing?.topP ?? ''} />
        </label>
        <label>
          Max output tokens
          <input
            name="maxOutputTokens"
            type="number"
            min={1}
            step={1}
            defaultValue={existing?.maxOutputTokens ?? ''}
          />
        </label>
        <label>
          Seed
          <input name="seed" type="number" min={0} step={1} defaultValue={existing?.seed ?? ''} />
        </label>
      </div>
      <div className="row">
        <label>
          System prompt
          <textarea name="systemPrompt" rows={2} defaultValue={existing?.systemPrompt ?? ''} />
        </label>
        <label>
          Stop sequences (one per line)
          <textarea name="stopSequences" rows={2} defaultValue={existing?.stopSequences.join('\n') ?? ''} />
        </label>
      </div>
      <FormError error={save.error} />
      <div className="row">
        <button type="submit" disabled={save.isPending}>
          {existing ? 'Save model config' : 'Create model config'}
        </button>
        {props.onCancel ? (
          <button type="button" className="secondary" onClick={props.onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
