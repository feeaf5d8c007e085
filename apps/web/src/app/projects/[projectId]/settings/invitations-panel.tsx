'use client';
import type { TInvitationView } from '@yardstick/core';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { FormError } from '@/components/forms/field-errors';
import { useSubmit } from '@/components/forms/use-submit';
import { api } from '@/lib/api';

export function InvitationsPanel(props: { projectId: string; invitations: TInvitationView[] }) {
  const router = useRouter();
  const [link, setLink] = useState<string>();
  const { submit, isPending, error } = useSubmit(async (form: FormData) => {
    const email = String(form.get('email') ?? '').trim();
    const created = await api<{ link: string }>(`/api/v1/projects/${props.projectId}/invitations`, {
      body: { role: form.get('role'), ...(email ? { email } : {}) },
    });
    setLink(created.link);
    router.refresh();
  });
  const revoke = useSubmit(async (invitationId: string) => {
    await api(`/api/v1/projects/${props.projectId}/invitations/${invitationId}`, { method: 'DELETE' });
    router.refresh();
  });
  return (
    <section className="card stack">
      <h2>Invitations</h2>
      <form
        className="row"
        onSubmit={(event) => {
          event.preventDefault();
          void submit(new FormData(event.currentTarget));
        }}
      >
        <label>
          Role
          <select name="role" defaultValue="member">
            <option value="admin">admin: manages the project</option>
            <option value="member">member: builds and runs</option>
            <option value="labeler">labeler: rates completions</option>
            <option value="viewer">viewer: reads only</option>
          </select>
        </label>
        <label>
          Email (optional)
          <input name="email" type="email" placeholder="Anyone with the link if empty" />
        </label>
        <button type="submit" disabled={isPending}>
          Create invitation link
        </button>
      </form>
      <FormError error={error ?? revoke.error} />
      {link ? (
        <div className="stack">
          <p className="success">
            Send this link to the person you invite. It is shown only once and works once.
          </p>
          <code className="secret" data-testid="invitation-link">
            {link}
          </code>
        </div>
      ) : null}
      {props.invitations.length > 0 ? (
        <table>
          <thead>
            <tr>
              <th>Role</th>
              <th>Email</th>
              <th>Status</th>
              <th>Expires</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {props.invitations.map((invitation) => (
              <tr key={invitation.id}>
                <td>{invitation.role}</td>
                <td>{invitation.email ?? <span className="muted">anyone with the link</span>}</td>
                <td>{invitation.status}</td>
                <td>{new Date(invitation.expiresAt).toLocaleDateString()}</td>
                <td>
                  {invitation.status === 'pending' ? (
                    <button
                      type="button"
                      className="danger"
                      onClick={() => void revoke.submit(invitation.id)}
                    >
                      Revoke
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
