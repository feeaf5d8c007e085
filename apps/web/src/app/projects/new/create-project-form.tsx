'use client';
import { useRouter } from 'next/navigation';
import { ActionForm } from '@/components/forms/action-form';
import { FormError } from '@/components/forms/field-errors';
import { useSubmit } from '@/components/forms/use-submit';
import { api } from '@/lib/api';

export function CreateProjectForm() {
  const router = useRouter();
  const { submit, isPending, error } = useSubmit(async (form: FormData) => {
    const project = await api<{ id: string }>('/api/v1/projects', { body: { name: form.get('name') } });
    router.push(`/projects/${project.id}/playground`);
    router.refresh();
  });
  return (
    <ActionForm action={submit}>
      <label>
        Project name
        <input name="name" required maxLength={80} placeholder="Support bot" />
      </label>
      <FormError error={error} />
      <button type="submit" disabled={isPending}>
        {isPending ? 'Creating…' : 'Create project'}
      </button>
    </ActionForm>
  );
}
