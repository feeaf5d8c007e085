'use client';
import type { TComparisonView } from '@yardstick/core';
import { useRouter } from 'next/navigation';
import { FormError } from '@/components/forms/field-errors';
import { useSubmit } from '@/components/forms/use-submit';
import { api } from '@/lib/api';

/** First run: one click to see the playground with real data, no provider key needed. */
export function DemoCard(props: { projectId: string }) {
  const router = useRouter();
  const demo = useSubmit(async () => {
    const comparison = await api<TComparisonView>(`/api/v1/projects/${props.projectId}/playground/demo`, {
      body: {},
    });
    router.push(`/projects/${props.projectId}/playground?comparison=${comparison.id}`);
  });
  return (
    <section className="card notice stack">
      <h2>New here?</h2>
      <p>
        Try it with demo data: three model configs on the built-in <strong>Emulated (offline)</strong>{' '}
        connection (a strong, slow model; a cheap one; a weak one), three example prompts, and one comparison
        of them. No provider key needed; the answers are emulated.
      </p>
      <div className="row">
        <button type="button" onClick={() => void demo.submit()} disabled={demo.isPending}>
          {demo.isPending ? 'Setting up…' : 'Try it with demo data'}
        </button>
      </div>
      <FormError error={demo.error} />
    </section>
  );
}
