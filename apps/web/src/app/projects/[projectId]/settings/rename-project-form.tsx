'use client';
import { useRouter } from 'next/navigation';
import { FormError } from '@/components/forms/field-errors';
import { useSubmit } from '@/components/forms/use-submit';
import { api } from '@/lib/api';

export function RenameProjectForm(props: { projectId: string; name: string }) {
  const router = useRouter();
  const { submit, isPending, error } = useSubmit(async (form: FormData) => {
    await api(`/api/v1/projects/${props.projectId}`, { method: 'PATCH', body: { name: form.get('name') } });
    router.refresh();
  });
  return (
    <form
      className="row"
      onSubmit={(event) => {
        event.preventDefault();
        void submit(new FormData(event.currentTarget));
      }}
    >
      <label>
        Project name
        <input name="name" defaultValue={props.name} required maxLength={80} />
      </label>
      <button type="submit" disabled={isPending}>
        Rename
      </button>
      <FormError error={error} />
    </form>
  );
}
