'use client';
import type { TConnectionView } from '@yardstick/core';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { FormError } from '@/components/forms/field-errors';
import { useSubmit } from '@/components/forms/use-submit';
import { api } from '@/lib/api';
import { providerLabel } from '@/lib/provider-labels';

const kinds = ['openai', 'openai_compatible', 'anthropic', 'bedrock', 'gemini'] as const;
type TKind = (typeof kinds)[number];

interface TField {
  name: string;
  label: string;
  isSecret: boolean;
  isOptional?: boolean;
  placeholder?: string;
}

const fieldsByKind: Record<TKind, TField[]> = {
  openai: [{ name: 'apiKey', label: 'API key', isSecret: true, placeholder: 'sk-…' }],
  openai_compatible: [
    { name: 'baseUrl', label: 'Base URL', isSecret: false, placeholder: 'http://localhost:11434/v1' },
    { name: 'apiKey', label: 'API key (optional)', isSecret: true, isOptional: true },
  ],
  anthropic: [{ name: 'apiKey', label: 'API key', isSecret: true, placeholder: 'sk-ant-…' }],
  bedrock: [
    { name: 'accessKeyId', label: 'Access key id', isSecret: true, placeholder: 'AKIA…' },
    { name: 'secretAccessKey', label: 'Secret access key', isSecret: true },
    { name: 'sessionToken', label: 'Session token (optional)', isSecret: true, isOptional: true },
    { name: 'region', label: 'Region', isSecret: false, placeholder: 'us-east-1' },
  ],
  gemini: [{ name: 'apiKey', label: 'API key', isSecret: true }],
};

/**
 * Adds a connection, or edits one (`connection` given). Stored secrets are never sent to the browser, so on
 * edit their fields start empty, and empty means "keep the stored ones".
 */
export function ConnectionForm(props: {
  projectId: string;
  connection?: TConnectionView;
  onDone?: () => void;
}) {
  const router = useRouter();
  const editing = props.connection;
  const [kind, setKind] = useState<TKind>((editing?.kind as TKind | undefined) ?? 'openai');
  const { submit, isPending, error } = useSubmit(async (form: HTMLFormElement) => {
    const values = Object.fromEntries(
      [...new FormData(form).entries()]
        .map(([key, value]) => [key, String(value).trim()])
        .filter(([, value]) => value !== ''),
    );
    if (editing) {
      await api(`/api/v1/projects/${props.projectId}/connections/${editing.id}`, {
        method: 'PATCH',
        body: { ...values, kind },
      });
    } else {
      await api(`/api/v1/projects/${props.projectId}/connections`, { body: { ...values, kind } });
      form.reset();
    }
    props.onDone?.();
    router.refresh();
  });
  const initial = (name: string) =>
    name === 'baseUrl'
      ? (editing?.baseUrl ?? undefined)
      : name === 'region'
        ? (editing?.region ?? undefined)
        : undefined;
  return (
    <form
      className="stack"
      aria-label={editing ? `Edit ${editing.name}` : 'Add a connection'}
      onSubmit={(event) => {
        event.preventDefault();
        void submit(event.currentTarget);
      }}
    >
      <div className="row">
        {editing ? null : (
          <label>
            Provider
            <select value={kind} onChange={(event) => setKind(event.target.value as TKind)}>
              {kinds.map((option) => (
                <option key={option} value={option}>
                  {providerLabel(option)}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          Name
          <input
            name="name"
            required={!editing}
            maxLength={80}
            defaultValue={editing?.name}
            placeholder={kind === 'openai_compatible' ? 'Local Ollama' : `${providerLabel(kind)} production`}
          />
        </label>
      </div>
      <div className="row" key={kind}>
        {fieldsByKind[kind].map((field) => (
          <label key={field.name}>
            {field.label}
            <input
              name={field.name}
              type={field.isSecret && field.name !== 'accessKeyId' ? 'password' : 'text'}
              autoComplete="off"
              spellCheck={false}
              required={!editing && !field.isOptional}
              defaultValue={initial(field.name)}
              placeholder={
                editing && field.isSecret
                  ? `Leave empty to keep ${editing.credentialHint ?? 'none'}`
                  : field.placeholder
              }
            />
          </label>
        ))}
      </div>
      <div className="row">
        <button type="submit" disabled={isPending}>
          {editing ? 'Save changes' : 'Add connection'}
        </button>
        {editing ? (
          <button type="button" className="secondary" onClick={props.onDone}>
            Cancel
          </button>
        ) : null}
      </div>
      <FormError error={error} />
    </form>
  );
}
