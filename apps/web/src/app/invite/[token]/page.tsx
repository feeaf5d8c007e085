import { findSessionActor, isAppError, previewInvitation } from '@yardstick/core/server';
import { headers } from 'next/headers';
import { services } from '@/server/services';
import { AcceptInvitationForm } from './accept-invitation-form';

export const dynamic = 'force-dynamic';

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const { database, auth } = services();
  const preview = await previewInvitation(database, token).catch((error: unknown) => {
    if (isAppError(error)) return error;
    throw error;
  });
  if (isAppError(preview)) {
    return (
      <main className="centered card stack">
        <h1>Invitation not valid</h1>
        <p>{preview.message}</p>
      </main>
    );
  }
  const actor = await findSessionActor(auth, await headers());
  return (
    <main className="centered card stack">
      <h1>Join {preview.projectName}</h1>
      <p className="muted">
        {preview.invitedBy} invited you to the project <strong>{preview.projectName}</strong> of{' '}
        {preview.organizationName} as <strong>{preview.role}</strong>.
      </p>
      <AcceptInvitationForm
        token={token}
        email={preview.email}
        signedInAs={actor?.kind === 'user' ? actor.email : undefined}
      />
    </main>
  );
}
