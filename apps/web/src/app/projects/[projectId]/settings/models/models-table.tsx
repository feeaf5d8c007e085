'use client';
import type { TModelPriceView, TModelView } from '@yardstick/core';
import { useRouter } from 'next/navigation';
import { Fragment, useState } from 'react';
import { FormError } from '@/components/forms/field-errors';
import { useSubmit } from '@/components/forms/use-submit';
import { api } from '@/lib/api';
import { providerLabel } from '@/lib/provider-labels';
import { PriceInputs, pricesFrom } from './price-inputs';

const columnCount = 9;

function usd(value: string | null | undefined) {
  return value === null || value === undefined ? <span className="muted">= input</span> : `$${value}`;
}

function PriceForm(props: { model: TModelView; onDone: () => void }) {
  const router = useRouter();
  const { submit, isPending, error } = useSubmit(async (form: FormData) => {
    const effectiveFrom = String(form.get('effectiveFrom') ?? '');
    await api(`/api/v1/models/${props.model.id}/prices`, {
      body: { ...pricesFrom(form), ...(effectiveFrom ? { effectiveFrom } : {}) },
    });
    props.onDone();
    router.refresh();
  });
  return (
    <form
      className="stack"
      aria-label={`New price for ${props.model.modelId}`}
      onSubmit={(event) => {
        event.preventDefault();
        void submit(new FormData(event.currentTarget));
      }}
    >
      <div className="row">
        <PriceInputs price={props.model.price} />
        <label>
          Effective from (UTC; empty: now)
          <input name="effectiveFrom" type="date" />
        </label>
      </div>
      <div className="row">
        <button type="submit" disabled={isPending}>
          Save new price
        </button>
        <button type="button" className="secondary" onClick={props.onDone}>
          Cancel
        </button>
      </div>
      <FormError error={error} />
    </form>
  );
}

function PriceHistory(props: { modelId: string; prices: TModelPriceView[] }) {
  return (
    <table aria-label={`Price history of ${props.modelId}`}>
      <thead>
        <tr>
          <th>Effective from</th>
          <th>Input</th>
          <th>Output</th>
          <th>Cached input</th>
          <th>Cache write</th>
          <th>Source</th>
        </tr>
      </thead>
      <tbody>
        {props.prices.map((price) => (
          <tr key={price.id}>
            <td>{new Date(price.effectiveFrom).toLocaleString()}</td>
            <td>{usd(price.inputPerMTok)}</td>
            <td>{usd(price.outputPerMTok)}</td>
            <td>{usd(price.cachedInputPerMTok)}</td>
            <td>{usd(price.cacheWritePerMTok)}</td>
            <td className="muted">{price.source}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ModelRow(props: { model: TModelView; canEdit: boolean }) {
  const { model } = props;
  const [panel, setPanel] = useState<'edit' | 'history'>();
  const [history, setHistory] = useState<TModelPriceView[]>();
  const loadHistory = useSubmit(async () => {
    if (panel === 'history') return setPanel(undefined);
    setHistory((await api<{ prices: TModelPriceView[] }>(`/api/v1/models/${model.id}/prices`)).prices);
    setPanel('history');
  });
  return (
    <Fragment>
      <tr data-testid="model" aria-label={model.modelId}>
        <td>{providerLabel(model.provider)}</td>
        <td>
          <div>{model.displayName}</div>
          <code className="muted">{model.modelId}</code>
          {model.price?.longContext ? (
            <div className="muted" data-testid="long-context-price">
              Above {model.price.longContext.aboveInputTokens.toLocaleString('en-US')} input tokens:{' '}
              {usd(model.price.longContext.rates.inputPerMTok)} in,{' '}
              {usd(model.price.longContext.rates.outputPerMTok)} out
            </div>
          ) : null}
        </td>
        <td className="number">{model.contextWindow?.toLocaleString('en-US') ?? '—'}</td>
        {model.price ? (
          <>
            <td className="number" data-testid="input-price">
              {usd(model.price.inputPerMTok)}
            </td>
            <td className="number" data-testid="output-price">
              {usd(model.price.outputPerMTok)}
            </td>
            <td className="number">{usd(model.price.cachedInputPerMTok)}</td>
            <td className="number">{usd(model.price.cacheWritePerMTok)}</td>
          </>
        ) : (
          <td colSpan={4}>
            <span
              className="badge fail"
              title="Calls on this model are recorded without a cost until it has a price."
            >
              unpriced
            </span>
          </td>
        )}
        <td>
          {model.isCustom ? <span className="badge">custom</span> : null}
          {model.isEditedByAdmin && !model.isCustom ? <span className="badge edited">edited</span> : null}{' '}
          <span className="muted small" title={model.source}>
            {model.source.length > 28 ? `${model.source.slice(0, 28)}…` : model.source}
          </span>
        </td>
        <td className="actions">
          {props.canEdit ? (
            <button
              type="button"
              className="secondary"
              aria-label={`Edit price of ${model.modelId}`}
              onClick={() => setPanel(panel === 'edit' ? undefined : 'edit')}
            >
              Edit price
            </button>
          ) : null}{' '}
          <button
            type="button"
            className="secondary"
            aria-label={`Price history of ${model.modelId}`}
            onClick={() => void loadHistory.submit()}
          >
            History
          </button>
        </td>
      </tr>
      {panel || loadHistory.error ? (
        <tr>
          <td colSpan={columnCount}>
            {panel === 'edit' ? <PriceForm model={model} onDone={() => setPanel(undefined)} /> : null}
            {panel === 'history' && history ? (
              <PriceHistory modelId={model.modelId} prices={history} />
            ) : null}
            <FormError error={loadHistory.error} />
          </td>
        </tr>
      ) : null}
    </Fragment>
  );
}

export function ModelsTable(props: { models: TModelView[]; canEdit: boolean }) {
  return (
    <div className="scroll-x">
      <table aria-label="Models">
        <thead>
          <tr>
            <th>Provider</th>
            <th>Model</th>
            <th className="number">Context window</th>
            <th className="number">Input $/MTok</th>
            <th className="number">Output $/MTok</th>
            <th className="number">Cached input</th>
            <th className="number">Cache write</th>
            <th>Source</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {props.models.map((model) => (
            <ModelRow key={model.id} model={model} canEdit={props.canEdit} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
