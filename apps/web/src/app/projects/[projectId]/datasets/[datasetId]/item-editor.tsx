'use client';
import type { TDatasetItemView } from '@yardstick/core';
import { FormError } from '@/components/forms/field-errors';
import { useSubmit } from '@/components/forms/use-submit';

export interface TItemDraft {
  key?: string;
  input: Record<string, string>;
  expectedOutput: string | null;
  metadata: Record<string, unknown>;
}

/** The fields of one item: its input variables, expected output and metadata (as JSON). */
export function ItemEditor(props: {
  item?: TDatasetItemView;
  variables: string[];
  onSave: (draft: TItemDraft) => Promise<void>;
  onCancel: () => void;
}) {
  const { submit, isPending, error } = useSubmit(async (form: FormData) => {
    const input: Record<string, string> = {};
    for (const name of props.variables) input[name] = String(form.get(`input.${name}`) ?? '');
    const extra = String(form.get('newVariable') ?? '').trim();
    if (extra) input[extra] = String(form.get('newVariableValue') ?? '');
    let metadata: Record<string, unknown>;
    try {
      metadata = JSON.parse(String(form.get('metadata') || '{}')) as Record<string, unknown>;
    } catch {
      throw new Error('Metadata must be a JSON object, e.g. {"topic": "history"}.');
    }
    const expectedOutput = String(form.get('expectedOutput') ?? '');
    const key = String(form.get('key') ?? '').trim();
    await props.onSave({
      ...(key ? { key } : {}),
      input,
      expectedOutput: expectedOutput === '' ? null : expectedOutput,
      metadata,
    });
  });
  return (
    <form
      className="stack"
      onSubmit={(event) => {
        event.preventDefault();
        void submit(new FormData(event.currentTarget));
      }}
    >
      {props.item ? null : (
        <label>
          Id (optional)
          <input name="key" maxLength={200} placeholder="The next number when empty" />
        </label>
      )}
      {props.variables.map((name) => (
        <label key={name}>
          {`{{${name}}}`}
          <textarea name={`input.${name}`} rows={2} defaultValue={props.item?.input[name] ?? ''} />
        </label>
      ))}
      {props.variables.length === 0 ? (
        <div className="row">
          <label>
            Variable name
            <input name="newVariable" required placeholder="question" />
          </label>
          <label>
            Value
            <input name="newVariableValue" />
          </label>
        </div>
      ) : null}
      <label>
        Expected output
        <textarea name="expectedOutput" rows={2} defaultValue={props.item?.expectedOutput ?? ''} />
      </label>
      <label>
        Metadata (JSON)
        <input name="metadata" defaultValue={JSON.stringify(props.item?.metadata ?? {})} />
      </label>
      <FormError error={error} />
      <div className="inline-actions">
        <button type="submit" disabled={isPending}>
          Save as a new version
        </button>
        <button type="button" className="secondary" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
