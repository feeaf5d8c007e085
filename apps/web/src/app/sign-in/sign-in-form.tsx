'use client';
import { useRouter } from 'next/navigation';
import { ActionForm } from '@/components/forms/action-form';
import { FormError } from '@/components/forms/field-errors';
import { useSubmit } from '@/components/forms/use-submit';
import { authClient } from '@/lib/auth-client';

export function SignInForm() {
  const router = useRouter();
  const { submit, isPending, error } = useSubmit(async (form: FormData) => {
    const result = await authClient.signIn.email({
      email: String(form.get('email')),
      password: String(form.get('password')),
    });
    if (result.error) throw new Error(result.error.message ?? 'Email or password is not right.');
    router.push('/');
    router.refresh();
  });
  return (
    <ActionForm action={submit}>
      <label>
        Email
        <input name="email" type="email" required autoComplete="email" />
      </label>
      <label>
        Password
        <input name="password" type="password" required autoComplete="current-password" />
      </label>
      <FormError error={error} />
      <button type="submit" disabled={isPending}>
        {isPending ? 'Signing in…' : 'Sign in'}
      </button>
    </ActionForm>
  );
}
