'use client';
import type { TDatasetItemPage, TDatasetItemView } from '@yardstick/core';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { FormError } from '@/components/forms/field-errors';
import { useSubmit } from '@/components/forms/use-submit';
import { api } from '@/lib/api';
import { ItemEditor, type TItemDraft } from './item-editor';

export function ItemsPanel(props: {
  projectId: string;
  datasetId: string;
  latestVersion: number;
  versions: number[];
  firstPage: TDatasetItemPage;
  canWrite: boolean;
}) {
  const router = useRouter();
  const base = `/api/v1/projects/${props.projectId}/datasets/${props.datasetId}/items`;
  const [version, setVersion] = useState(props.latestVersion);
  const [items, setItems] = useState<TDatasetItemView[]>(props.firstPage.items);
  const [nextAfter, setNextAfter] = useState(props.firstPage.nextAfter);
  const [editing, setEditing] = useState<string | 'new'>();
  const isLatest = version === props.latestVersion;
  const variables = [...new Set(items.flatMap((item) => Object.keys(item.input)))];

  const loading = useSubmit(async (target: number, after: number) => {
    const page = await api<TDatasetItemPage>(`${base}?version=${target}&after=${after}`);
    setItems(after === 0 ? page.items : [...items, ...page.items]);
    setNextAfter(page.nextAfter);
    setVersion(target);
  });
  const changing = useSubmit(async (change: () => Promise<unknown>) => {
    await change();
    setEditing(undefined);
    router.refresh();
  });
  const save = (item: TDatasetItemView | undefined) => async (draft: TItemDraft) => {
    await api(item ? `${base}/${item.id}` : base, {
      method: item ? 'PATCH' : 'POST',
      body: item
        ? { input: draft.input, expectedOutput: draft.expectedOutput, metadata: draft.metadata }
        : draft,
    });
    setEditing(undefined);
    router.refresh();
  };

  return (
    <section className="card stack">
      <div className="row items-head">
        <h2>Items</h2>
        {props.versions.length > 0 ? (
          <label>
            Version
            <select value={version} onChange={(event) => void loading.submit(Number(event.target.value), 0)}>
              {props.versions.map((number) => (
                <option key={number} value={number}>
                  v{number}
                  {number === props.latestVersion ? ' (latest)' : ''}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        {props.canWrite && isLatest ? (
          <button type="button" className="secondary" onClick={() => setEditing('new')}>
            Add item
          </button>
        ) : null}
      </div>
      {!isLatest ? (
        <p className="muted">An earlier version is read-only; edits go to the latest version.</p>
      ) : null}
      {editing === 'new' ? (
        <ItemEditor variables={variables} onSave={save(undefined)} onCancel={() => setEditing(undefined)} />
      ) : null}
      <FormError error={loading.error ?? changing.error} />
      {items.length === 0 ? (
        <p className="muted">No items.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>Id</th>
              {variables.map((name) => (
                <th key={name}>{`{{${name}}}`}</th>
              ))}
              <th>Expected output</th>
              <th>Metadata</th>
              {props.canWrite && isLatest ? <th /> : null}
            </tr>
          </thead>
          <tbody>
            {items.map((item) =>
              editing === item.id ? (
                <tr key={item.id}>
                  <td colSpan={variables.length + 4}>
                    <ItemEditor
                      item={item}
                      variables={variables}
                      onSave={save(item)}
                      onCancel={() => setEditing(undefined)}
                    />
                  </td>
                </tr>
              ) : (
                <tr key={item.id} data-testid={`item-${item.key}`}>
                  <td>{item.key}</td>
                  {variables.map((name) => (
                    <td key={name} className="item-text">
                      {item.input[name]}
                    </td>
                  ))}
                  <td className="item-text">
                    {item.expectedOutput ?? <span className="muted">none</span>}
                    {item.expectedOutputSource ? <div className="badge">from ratings</div> : null}
                  </td>
                  <td>
                    <code>{Object.keys(item.metadata).length > 0 ? JSON.stringify(item.metadata) : ''}</code>
                  </td>
                  {props.canWrite && isLatest ? (
                    <td className="inline-actions">
                      <button type="button" className="secondary" onClick={() => setEditing(item.id)}>
                        Edit
                      </button>
                      <button
                        type="button"
                        className="danger"
                        onClick={() =>
                          void changing.submit(() => api(`${base}/${item.id}`, { method: 'DELETE' }))
                        }
                      >
                        Delete
                      </button>
                    </td>
                  ) : null}
                </tr>
              ),
            )}
          </tbody>
        </table>
      )}
      {nextAfter !== null ? (
        <div>
          <button
            type="button"
            className="secondary"
            disabled={loading.isPending}
            onClick={() => void loading.submit(version, nextAfter)}
          >
            Show more
          </button>
        </div>
      ) : null}
    </section>
  );
}
