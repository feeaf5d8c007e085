'use client';
import type { TPromotionItem, TPromotionResult } from '@yardstick/core';
import Link from 'next/link';
import { useState } from 'react';
import { FormError } from '@/components/forms/field-errors';
import { useSubmit } from '@/components/forms/use-submit';
import { api } from '@/lib/api';

type TPreview = { threshold: number; items: TPromotionItem[]; chosenCount: number };

/** Choose, per item, the completion that becomes its expected output; promoting makes a new dataset version. */
export function PromotionPanel(props: { projectId: string; taskId: string; datasetId: string }) {
  const base = `/api/v1/projects/${props.projectId}/labeling-tasks/${props.taskId}/promotion`;
  const [threshold, setThreshold] = useState(4);
  const [overrides, setOverrides] = useState<Record<string, string | null>>({});
  const [preview, setPreview] = useState<TPreview>();
  const [result, setResult] = useState<TPromotionResult>();
  const previewing = useSubmit(async () => {
    setResult(undefined);
    setPreview(await api<TPreview>(`${base}/preview`, { body: { threshold, overrides } }));
  });
  const promoting = useSubmit(async () => {
    setResult(await api<TPromotionResult>(base, { body: { threshold, overrides } }));
    setPreview(undefined);
  });
  const choose = (key: string, value: string) => {
    const next = { ...overrides, [key]: value === '' ? null : value };
    setOverrides(next);
    setPreview((current) =>
      current
        ? {
            ...current,
            items: current.items.map((item) =>
              item.datasetItemKey === key
                ? { ...item, chosenCompletionId: next[key]!, isOverridden: true }
                : item,
            ),
          }
        : current,
    );
  };
  return (
    <section className="card stack">
      <h2>Promote to ground truth</h2>
      <p className="muted">
        Each item gets the completion with the highest mean rating at or above the threshold as its expected
        output (or the one you pick). The result is a new version of the dataset; earlier versions stay as
        they were.
      </p>
      <div className="row">
        <label>
          Minimum mean stars
          <input
            type="number"
            min={1}
            max={5}
            step={0.5}
            value={threshold}
            onChange={(event) => {
              setThreshold(Number(event.target.value));
              setPreview(undefined);
            }}
          />
        </label>
        <button
          type="button"
          className="secondary"
          disabled={previewing.isPending}
          onClick={() => void previewing.submit()}
        >
          Preview
        </button>
      </div>
      <FormError error={previewing.error ?? promoting.error} />
      {preview ? (
        <>
          <table>
            <thead>
              <tr>
                <th>Item</th>
                <th>Becomes the expected output</th>
              </tr>
            </thead>
            <tbody>
              {preview.items.map((item) => (
                <tr key={item.datasetItemKey}>
                  <td>{item.datasetItemKey}</td>
                  <td>
                    <select
                      aria-label={`Expected output for item ${item.datasetItemKey}`}
                      value={item.chosenCompletionId ?? ''}
                      onChange={(event) => choose(item.datasetItemKey, event.target.value)}
                    >
                      <option value="">Keep it as it is</option>
                      {item.candidates.map((candidate) => (
                        <option key={candidate.completionId} value={candidate.completionId}>
                          {candidate.modelName}:{' '}
                          {candidate.meanStars === null ? 'unrated' : `${candidate.meanStars.toFixed(2)} ★`} –{' '}
                          {candidate.text.slice(0, 80)}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div>
            <button type="button" disabled={promoting.isPending} onClick={() => void promoting.submit()}>
              Promote {preview.items.filter((item) => item.chosenCompletionId !== null).length} expected
              outputs
            </button>
          </div>
        </>
      ) : null}
      {result ? (
        <p className="success" role="status">
          Promoted {result.promotedCount} expected outputs as{' '}
          <Link href={`/projects/${props.projectId}/datasets/${props.datasetId}`}>
            version {result.version.number}
          </Link>{' '}
          of the dataset.
          {result.skipped.length > 0 ? ` ${result.skipped.length} skipped (changed since).` : ''}
        </p>
      ) : null}
    </section>
  );
}
