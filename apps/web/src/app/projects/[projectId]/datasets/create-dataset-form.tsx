'use client';
import type { TDatasetView } from '@yardstick/core';
import { useRouter } from 'next/navigation';
import { FormError } from '@/components/forms/field-errors';
import { useSubmit } from '@/components/forms/use-submit';
import { api } from '@/lib/api';

export function CreateDatasetForm({ projectId }: { projectId: string }) {
  const router = useRouter();
  const { submit, isPending, error } = useSubmit(async (form: FormData) => {
    const description = String(form.get('description') ?? '').trim();
    const dataset = await api<TDatasetView>(`/api/v1/projects/${projectId}/datasets`, {
      body: { name: form.get('name'), ...(description ? { description } : {}) },
    });
    router.push(`/projects/${projectId}/datasets/${dataset.id}`);
  });
  return (
    <section className="card stack">
      <h2>New dataset</h2>
      <form
        className="row"
        onSubmit={(event) => {
          event.preventDefault();
          void submit(new FormData(event.currentTarget));
        }}
      >
        <label>
          Name
          <input name="name" required maxLength={80} placeholder="e.g. Support questions" />
        </label>
        <label>
          Description (optional)
          <input name="description" maxLength={2000} />
        </label>
        <button type="submit" disabled={isPending}>
          Create dataset
        </button>
      </form>
      <FormError error={error} />
    </section>
  );
}
