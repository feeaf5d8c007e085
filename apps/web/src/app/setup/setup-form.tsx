'use client';
import { useRouter } from 'next/navigation';
import { ActionForm } from '@/components/forms/action-form';
import { FormError } from '@/components/forms/field-errors';
import { useSubmit } from '@/components/forms/use-submit';
import { api } from '@/lib/api';

export function SetupForm() {
  const router = useRouter();
  const { submit, isPending, error } = useSubmit(async (form: FormData) => {
    await api('/api/v1/setup', { body: Object.fromEntries(form) });
    router.push('/projects/new');
  });
  return (
    <ActionForm action={submit}>
      <label>
        Organization name
        <input name="organizationName" required placeholder="Acme Research" />
      </label>
      <label>
        Your name
        <input name="name" required autoComplete="name" />
      </label>
      <label>
        Email
        <input name="email" type="email" required autoComplete="email" />
      </label>
      <label>
        Password
        <input name="password" type="password" required minLength={8} autoComplete="new-password" />
      </label>
      <FormError error={error} />
      <button type="submit" disabled={isPending}>
        {isPending ? 'Creating…' : 'Create owner account'}
      </button>
    </ActionForm>
  );
}
