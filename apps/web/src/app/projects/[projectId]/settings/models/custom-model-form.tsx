'use client';
import { useRouter } from 'next/navigation';
import { FormError } from '@/components/forms/field-errors';
import { useSubmit } from '@/components/forms/use-submit';
import { api } from '@/lib/api';
import { providerLabel } from '@/lib/provider-labels';
import { PriceInputs, pricesFrom } from './price-inputs';

const providers = ['openai_compatible', 'openai', 'anthropic', 'bedrock', 'gemini'] as const;

export function CustomModelForm() {
  const router = useRouter();
  const { submit, isPending, error } = useSubmit(async (form: HTMLFormElement) => {
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const whole = (name: string) => (text(name) ? Number(text(name)) : undefined);
    await api('/api/v1/models', {
      body: {
        provider: text('provider'),
        modelId: text('modelId'),
        ...(text('displayName') ? { displayName: text('displayName') } : {}),
        ...(whole('contextWindow') === undefined ? {} : { contextWindow: whole('contextWindow') }),
        prices: pricesFrom(data),
      },
    });
    form.reset();
    router.refresh();
  });
  return (
    <form
      className="stack"
      aria-label="Add a custom model"
      onSubmit={(event) => {
        event.preventDefault();
        void submit(event.currentTarget);
      }}
    >
      <div className="row">
        <label>
          Provider
          <select name="provider" defaultValue="openai_compatible">
            {providers.map((provider) => (
              <option key={provider} value={provider}>
                {providerLabel(provider)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Model id
          <input name="modelId" required maxLength={200} placeholder="llama3.2:3b" />
        </label>
        <label>
          Display name
          <input name="displayName" maxLength={120} placeholder="Llama 3.2 3B (local)" />
        </label>
        <label>
          Context window (tokens)
          <input name="contextWindow" type="number" min={1} step={1} placeholder="128000" />
        </label>
      </div>
      <div className="row">
        <PriceInputs />
      </div>
      <div className="row">
        <button type="submit" disabled={isPending}>
          Add model
        </button>
      </div>
      <FormError error={error} />
    </form>
  );
}
