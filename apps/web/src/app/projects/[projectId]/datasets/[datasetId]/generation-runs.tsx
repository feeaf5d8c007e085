'use client';
import type { TGenerationRunView } from '@yardstick/core';
import Link from 'next/link';
import { useEffect, useState } from 'react';
import { api } from '@/lib/api';
import { costText } from './generate-panel';

const pollMs = 1000;
const isLive = (run: TGenerationRunView) => run.status === 'pending' || run.status === 'running';

/** The dataset's generation runs; running ones are polled, so their progress moves as completions land. */
export function GenerationRuns(props: { projectId: string; runs: TGenerationRunView[]; canWrite: boolean }) {
  const [runs, setRuns] = useState(props.runs);
  useEffect(() => setRuns(props.runs), [props.runs]);
  const liveIds = runs.filter(isLive).map((run) => run.id);
  const liveKey = liveIds.join(',');
  useEffect(() => {
    if (liveKey === '') return;
    const ids = liveKey.split(',');
    const timer = setInterval(async () => {
      const updated = await Promise.all(
        ids.map((id) =>
          api<TGenerationRunView>(`/api/v1/projects/${props.projectId}/generation-runs/${id}`).catch(
            () => null,
          ),
        ),
      );
      setRuns((current) =>
        current.map((run) => updated.find((candidate) => candidate?.id === run.id) ?? run),
      );
    }, pollMs);
    return () => clearInterval(timer);
  }, [liveKey, props.projectId]);
  if (runs.length === 0) return null;
  return (
    <section className="card stack">
      <h2>Generation runs</h2>
      {runs.map((run) => {
        const done = run.counts.succeeded + run.counts.failed;
        return (
          <div key={run.id} className="stack" data-testid="generation-run">
            <div className="row">
              <strong>
                v{run.datasetVersion} × {run.perModelConfig.map((entry) => entry.name).join(', ')}
              </strong>
              <span className="badge" data-testid="generation-status">
                {run.status}
              </span>
              <span data-testid="generation-progress">
                {done} / {run.total} completions
              </span>
              <span className="muted">
                predicted {costText(run.predictedCostNanoUsd)} · spent {costText(run.costNanoUsd)}
              </span>
              {run.costPerItemNanoUsd === null ? null : (
                <span className="muted" data-testid="generation-cost-per-item">
                  {costText(run.costPerItemNanoUsd)} per item generated
                </span>
              )}
            </div>
            <div className="progress-bar" aria-hidden="true">
              <span style={{ width: `${(run.counts.succeeded / Math.max(1, run.total)) * 100}%` }} />
            </div>
            {run.counts.failed > 0 ? <p className="error">{run.counts.failed} failed</p> : null}
            {props.canWrite && !isLive(run) && run.counts.succeeded > 0 ? (
              <div>
                <Link
                  className="button"
                  href={`/projects/${props.projectId}/labeling?generationRun=${run.id}`}
                >
                  Create a labeling task
                </Link>
              </div>
            ) : null}
          </div>
        );
      })}
    </section>
  );
}
