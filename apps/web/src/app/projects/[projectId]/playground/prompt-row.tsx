'use client';
import { extractVariables, type TPromptMessage, type TPromptView } from '@yardstick/core';
import { useState } from 'react';
import { FormError } from '@/components/forms/field-errors';
import { useSubmit } from '@/components/forms/use-submit';
import { api } from '@/lib/api';
import type { TRowState } from './playground-draft';

const roles: TPromptMessage['role'][] = ['system', 'user', 'assistant'];

/** One row of the comparison: a chat template, an input per {{variable}}, and saving it as a prompt. */
export function PromptRow(props: {
  projectId: string;
  index: number;
  row: TRowState;
  prompts: TPromptView[];
  canWrite: boolean;
  canRemove: boolean;
  onChange: (row: TRowState) => void;
  onRemove: () => void;
  onPromptSaved: (prompt: TPromptView) => void;
  predictionText: string | null;
}) {
  const { row, index } = props;
  const label = `Prompt ${index + 1}`;
  const variables = extractVariables(row.messages);
  const [isNaming, setNaming] = useState(false);
  const savedPrompt = props.prompts.find((prompt) => prompt.id === row.promptId);
  const setMessages = (messages: TPromptMessage[]) => props.onChange({ ...row, messages, isEdited: true });
  const saved = (prompt: TPromptView) => {
    props.onPromptSaved(prompt);
    props.onChange({
      ...row,
      promptId: prompt.id,
      promptVersionId: prompt.latestVersion.id,
      isEdited: false,
    });
    setNaming(false);
  };
  const saveNew = useSubmit(async (name: string) => {
    saved(
      await api<TPromptView>(`/api/v1/projects/${props.projectId}/prompts`, {
        body: { name, messages: row.messages },
      }),
    );
  });
  const saveVersion = useSubmit(async () => {
    saved(
      await api<TPromptView>(`/api/v1/projects/${props.projectId}/prompts/${row.promptId}`, {
        method: 'PATCH',
        body: { messages: row.messages },
      }),
    );
  });
  return (
    <section className="prompt-row stack" aria-label={`Row ${index + 1}`}>
      <div className="row spread">
        <h3>
          {label}
          {savedPrompt ? (
            <span className="muted small">
              {' '}
              · {savedPrompt.name} v{savedPrompt.latestVersion.version}
              {row.isEdited ? ' (edited)' : ''}
            </span>
          ) : null}
        </h3>
        <div className="row">
          {props.prompts.length > 0 ? (
            <select
              aria-label={`${label}: load a saved prompt`}
              value=""
              onChange={(event) => {
                const prompt = props.prompts.find((candidate) => candidate.id === event.target.value);
                if (!prompt) return;
                props.onChange({
                  ...row,
                  promptId: prompt.id,
                  promptVersionId: prompt.latestVersion.id,
                  isEdited: false,
                  messages: prompt.latestVersion.messages,
                });
              }}
            >
              <option value="">Load a saved prompt…</option>
              {props.prompts.map((prompt) => (
                <option key={prompt.id} value={prompt.id}>
                  {prompt.name} (v{prompt.latestVersion.version})
                </option>
              ))}
            </select>
          ) : null}
          {props.canRemove ? (
            <button
              type="button"
              className="secondary"
              aria-label={`Remove ${label}`}
              onClick={props.onRemove}
            >
              Remove
            </button>
          ) : null}
        </div>
      </div>
      {row.messages.map((message, messageIndex) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the inputs are controlled, so an index key shows no stale text.
        <div className="message-editor" key={messageIndex}>
          <select
            aria-label={`${label} message ${messageIndex + 1} role`}
            value={message.role}
            onChange={(event) =>
              setMessages(
                row.messages.map((candidate, position) =>
                  position === messageIndex
                    ? { ...candidate, role: event.target.value as TPromptMessage['role'] }
                    : candidate,
                ),
              )
            }
          >
            {roles.map((role) => (
              <option key={role} value={role}>
                {role}
              </option>
            ))}
          </select>
          <textarea
            aria-label={messageIndex === 0 ? label : `${label} message ${messageIndex + 1}`}
            rows={3}
            value={message.content}
            placeholder="Write the prompt; {{variable}} makes an input per row."
            onChange={(event) =>
              setMessages(
                row.messages.map((candidate, position) =>
                  position === messageIndex ? { ...candidate, content: event.target.value } : candidate,
                ),
              )
            }
          />
          {row.messages.length > 1 ? (
            <button
              type="button"
              className="secondary"
              aria-label={`${label}: remove message ${messageIndex + 1}`}
              onClick={() => setMessages(row.messages.filter((_, position) => position !== messageIndex))}
            >
              ×
            </button>
          ) : null}
        </div>
      ))}
      <div className="row">
        <button
          type="button"
          className="secondary small"
          onClick={() =>
            setMessages([
              ...row.messages,
              { role: row.messages.at(-1)?.role === 'user' ? 'assistant' : 'user', content: '' },
            ])
          }
        >
          + Message
        </button>
        {props.canWrite && row.promptId && row.isEdited ? (
          <button type="button" className="secondary small" onClick={() => void saveVersion.submit()}>
            Save as new version of {savedPrompt?.name ?? 'the prompt'}
          </button>
        ) : null}
        {props.canWrite && !row.promptId && !isNaming ? (
          <button type="button" className="secondary small" onClick={() => setNaming(true)}>
            Save as prompt
          </button>
        ) : null}
      </div>
      {isNaming ? (
        <form
          className="row"
          onSubmit={(event) => {
            event.preventDefault();
            void saveNew.submit(String(new FormData(event.currentTarget).get('name') ?? ''));
          }}
        >
          <label>
            Prompt name
            <input name="name" required maxLength={120} />
          </label>
          <button type="submit" disabled={saveNew.isPending}>
            Save prompt
          </button>
          <button type="button" className="secondary" onClick={() => setNaming(false)}>
            Cancel
          </button>
        </form>
      ) : null}
      <FormError error={saveNew.error ?? saveVersion.error} />
      {variables.length > 0 ? (
        <div className="row variables">
          {variables.map((name) => (
            <label key={name}>
              <code>{`{{${name}}}`}</code>
              <textarea
                aria-label={`${label} variable ${name}`}
                rows={1}
                value={row.values[name] ?? ''}
                onChange={(event) =>
                  props.onChange({ ...row, values: { ...row.values, [name]: event.target.value } })
                }
              />
            </label>
          ))}
        </div>
      ) : null}
      {props.predictionText ? <p className="muted small">{props.predictionText}</p> : null}
    </section>
  );
}
