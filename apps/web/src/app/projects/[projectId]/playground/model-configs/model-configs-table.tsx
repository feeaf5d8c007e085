'use client';
import type { TModelConfigView } from '@yardstick/core';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { FormError } from '@/components/forms/field-errors';
import { useSubmit } from '@/components/forms/use-submit';
import { api } from '@/lib/api';
import { providerLabel } from '@/lib/provider-labels';
import { ModelConfigForm } from '../model-config-form';
import type { TCatalogModelOption, TConnectionOption } from '../playground-types';

function parameters(config: TModelConfigView): string {
  const parts = [
    config.temperature === null ? null : `temperature ${config.temperature}`,
    config.topP === null ? null : `top p ${config.topP}`,
    config.maxOutputTokens === null ? null : `max ${config.maxOutputTokens} tokens`,
    config.seed === null ? null : `seed ${config.seed}`,
    config.stopSequences.length > 0
      ? `stop ${config.stopSequences.map((stop) => JSON.stringify(stop)).join(', ')}`
      : null,
    config.systemPrompt ? 'system prompt' : null,
  ].filter((part) => part !== null);
  return parts.length > 0 ? parts.join(' · ') : 'provider defaults';
}

/** Every model config of the project: edit, duplicate (to vary one parameter), archive and bring back. */
export function ModelConfigsTable(props: {
  projectId: string;
  canWrite: boolean;
  modelConfigs: TModelConfigView[];
  connections: TConnectionOption[];
  models: TCatalogModelOption[];
}) {
  const router = useRouter();
  const [editingId, setEditingId] = useState<string | null>(null);
  const [isCreating, setCreating] = useState(false);
  const path = `/api/v1/projects/${props.projectId}/model-configs`;
  const duplicate = useSubmit(async (id: string) => {
    await api(`${path}/${id}/duplicate`, { body: {} });
    router.refresh();
  });
  const archive = useSubmit(async (id: string, isArchived: boolean) => {
    await api(`${path}/${id}`, { method: 'PATCH', body: { isArchived } });
    router.refresh();
  });
  const saved = () => {
    setEditingId(null);
    setCreating(false);
    router.refresh();
  };
  return (
    <section className="card stack">
      <div className="row spread">
        <h2>Model configs</h2>
        {props.canWrite ? (
          <button type="button" className="secondary" onClick={() => setCreating(!isCreating)}>
            {isCreating ? 'Close the form' : '+ New model config'}
          </button>
        ) : null}
      </div>
      {isCreating ? (
        <ModelConfigForm
          projectId={props.projectId}
          connections={props.connections}
          models={props.models}
          onSaved={saved}
          onCancel={() => setCreating(false)}
        />
      ) : null}
      <FormError error={duplicate.error ?? archive.error} />
      {props.modelConfigs.length === 0 ? (
        <p className="muted">No model configs yet.</p>
      ) : (
        <table aria-label="Model configs">
          <thead>
            <tr>
              <th>Name</th>
              <th>Connection</th>
              <th>Model</th>
              <th>Parameters</th>
              <th className="number">Price per MTok (in / out)</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {props.modelConfigs.map((config) =>
              editingId === config.id ? (
                <tr key={config.id}>
                  <td colSpan={6}>
                    <ModelConfigForm
                      projectId={props.projectId}
                      connections={props.connections}
                      models={props.models}
                      existing={config}
                      onSaved={saved}
                      onCancel={() => setEditingId(null)}
                    />
                  </td>
                </tr>
              ) : (
                <tr key={config.id} className={config.isArchived ? 'muted' : undefined}>
                  <td>
                    {config.name}
                    {config.isArchived ? <span className="badge"> archived</span> : null}
                  </td>
                  <td>
                    {config.connection.name}
                    {config.connection.isBuiltIn ? null : (
                      <span className="muted small"> {providerLabel(config.connection.kind)}</span>
                    )}
                  </td>
                  <td>
                    <code>{config.model}</code>
                  </td>
                  <td className="small">{parameters(config)}</td>
                  <td className="number">
                    {config.price
                      ? `$${config.price.inputPerMTok} / $${config.price.outputPerMTok}`
                      : 'unpriced'}
                  </td>
                  <td className="actions">
                    {props.canWrite ? (
                      <>
                        <button
                          type="button"
                          className="secondary small"
                          onClick={() => setEditingId(config.id)}
                        >
                          Edit
                        </button>{' '}
                        <button
                          type="button"
                          className="secondary small"
                          onClick={() => void duplicate.submit(config.id)}
                        >
                          Duplicate
                        </button>{' '}
                        <button
                          type="button"
                          className="secondary small"
                          onClick={() => void archive.submit(config.id, !config.isArchived)}
                        >
                          {config.isArchived ? 'Unarchive' : 'Archive'}
                        </button>
                      </>
                    ) : null}
                  </td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      )}
    </section>
  );
}
