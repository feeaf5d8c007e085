'use client';
import { useRouter } from 'next/navigation';
import { ActionForm } from '@/components/forms/action-form';
import { FormError } from '@/components/forms/field-errors';
import { useSubmit } from '@/components/forms/use-submit';
import { api } from '@/lib/api';

export function AcceptInvitationForm(props: { token: string; email: string | null; signedInAs?: string }) {
  const router = useRouter();
  const { submit, isPending, error } = useSubmit(async (form: FormData) => {
    const body = Object.fromEntries([...form.entries()].filter(([, value]) => value !== ''));
    const { projectId } = await api<{ projectId: string }>(`/api/v1/invitations/${props.token}/accept`, {
      body,
    });
    router.push(`/projects/${projectId}`);
    router.refresh();
  });
  return (
    <ActionForm action={submit}>
      {props.signedInAs ? (
        <p>
          You are signed in as <strong>{props.signedInAs}</strong>.
        </p>
      ) : (
        <>
          <label>
            Your name
            <input name="name" required autoComplete="name" />
          </label>
          <label>
            Email
            <input
              {...(props.email
                ? { value: props.email, readOnly: true, 'aria-readonly': true }
                : { name: 'email', type: 'email', required: true, autoComplete: 'email' })}
            />
          </label>
          <label>
            Password
            <input name="password" type="password" required minLength={8} autoComplete="new-password" />
          </label>
        </>
      )}
      <FormError error={error} />
      <button type="submit" disabled={isPending}>
        {isPending ? 'Joining…' : props.signedInAs ? 'Accept invitation' : 'Create account and join'}
      </button>
    </ActionForm>
  );
}
