'use client';
import type { TApiKeyView } from '@yardstick/core';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { FormError } from '@/components/forms/field-errors';
import { useSubmit } from '@/components/forms/use-submit';
import { api } from '@/lib/api';

export function ApiKeysPanel(props: { projectId: string; apiKeys: TApiKeyView[] }) {
  const router = useRouter();
  const [createdKey, setCreatedKey] = useState<string>();
  const create = useSubmit(async (form: FormData) => {
    const created = await api<{ key: string }>(`/api/v1/projects/${props.projectId}/api-keys`, {
      body: { name: form.get('name'), role: form.get('role') },
    });
    setCreatedKey(created.key);
    router.refresh();
  });
  const revoke = useSubmit(async (apiKeyId: string) => {
    await api(`/api/v1/projects/${props.projectId}/api-keys/${apiKeyId}`, { method: 'DELETE' });
    router.refresh();
  });
  return (
    <section className="card stack">
      <h2>API keys</h2>
      <p className="muted">
        For the CLI and CI: send <code>Authorization: Bearer &lt;key&gt;</code> to <code>/api/v1</code>. A key
        reaches this project only.
      </p>
      <form
        className="row"
        onSubmit={(event) => {
          event.preventDefault();
          void create.submit(new FormData(event.currentTarget));
        }}
      >
        <label>
          Name
          <input name="name" required maxLength={80} placeholder="CI regression runs" />
        </label>
        <label>
          Role
          <select name="role" defaultValue="member">
            <option value="member">member</option>
            <option value="viewer">viewer (read only)</option>
          </select>
        </label>
        <button type="submit" disabled={create.isPending}>
          Create API key
        </button>
      </form>
      <FormError error={create.error ?? revoke.error} />
      {createdKey ? (
        <div className="stack">
          <p className="success">Copy the key now: it is shown only once.</p>
          <code className="secret" data-testid="api-key">
            {createdKey}
          </code>
        </div>
      ) : null}
      {props.apiKeys.length > 0 ? (
        <table>
          <thead>
            <tr>
              <th>Name</th>
              <th>Key</th>
              <th>Role</th>
              <th>Last used</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {props.apiKeys.map((apiKey) => (
              <tr key={apiKey.id}>
                <td>{apiKey.name}</td>
                <td>
                  <code>{apiKey.prefix}…</code>
                </td>
                <td>{apiKey.role}</td>
                <td>{apiKey.lastUsedAt ? new Date(apiKey.lastUsedAt).toLocaleString() : 'never'}</td>
                <td>
                  {apiKey.revokedAt ? (
                    <span className="muted">revoked</span>
                  ) : (
                    <button type="button" className="danger" onClick={() => void revoke.submit(apiKey.id)}>
                      Revoke
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
