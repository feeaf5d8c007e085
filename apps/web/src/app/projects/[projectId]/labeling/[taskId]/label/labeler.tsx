'use client';
import type { TLabelerItemView, TLabelingDeal, TLabelingProgress, TRubric } from '@yardstick/core';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { FormError } from '@/components/forms/field-errors';
import { api } from '@/lib/api';
import { useLabelingKeys } from './use-keyboard';

function ProgressLine({ view, progress }: { view: TLabelerItemView | null; progress: TLabelingProgress }) {
  return (
    <div className="task-progress" data-testid="labeling-progress">
      {view ? (
        <strong data-testid="my-progress">
          Item {view.index} of {progress.mine.total}
        </strong>
      ) : (
        <strong data-testid="my-progress">
          {progress.mine.answered} of {progress.mine.total} done
        </strong>
      )}
      <span className="muted" data-testid="task-progress">
        Task: {progress.task.ratings} / {progress.task.target} ratings · {progress.task.completeItems} /{' '}
        {progress.task.items} items complete
      </span>
    </div>
  );
}

export function Labeler(props: { projectId: string; taskId: string; taskName: string; rubric: TRubric }) {
  const base = `/api/v1/projects/${props.projectId}/labeling-tasks/${props.taskId}`;
  const [view, setView] = useState<TLabelerItemView | null>();
  const [progress, setProgress] = useState<TLabelingProgress>();
  const [stars, setStars] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const [isFlagged, setFlagged] = useState(false);
  const [flagNote, setFlagNote] = useState('');
  const [isBusy, setBusy] = useState(false);
  const [error, setError] = useState<Error>();

  const show = useCallback((next: TLabelerItemView | null, nextProgress: TLabelingProgress) => {
    setView(next);
    setProgress(nextProgress);
    setStars(next?.answer.stars ?? null);
    setComment(next?.answer.comment ?? '');
    setFlagged(next?.answer.isFlagged ?? false);
    setFlagNote(next?.answer.flagNote ?? '');
    window.scrollTo({ top: 0 });
  }, []);

  const run = useCallback(async (action: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await action();
    } catch (caught) {
      setError(caught instanceof Error ? caught : new Error(String(caught)));
    } finally {
      setBusy(false);
    }
  }, []);

  const dealNext = useCallback(
    () =>
      run(async () => {
        const deal = await api<TLabelingDeal>(`${base}/next`, { method: 'POST' });
        show(deal.item, deal.progress);
      }),
    [base, run, show],
  );
  useEffect(() => {
    void dealNext();
  }, [dealNext]);

  const open = useCallback(
    (assignmentId: string) =>
      run(async () => {
        const item = await api<TLabelerItemView>(`${base}/assignments/${assignmentId}`);
        show(item, item.progress);
      }),
    [base, run, show],
  );

  const answer = useCallback(
    (action: 'rate' | 'skip') => {
      if (!view || isBusy) return;
      if (action === 'rate' && stars === null) {
        setError(new Error('Choose 1 to 5 stars first (click a star, or press 1–5).'));
        return;
      }
      void run(async () => {
        const flag = { isFlagged, ...(isFlagged && flagNote.trim() ? { flagNote: flagNote.trim() } : {}) };
        const body =
          action === 'rate'
            ? { action, stars, ...(comment.trim() ? { comment: comment.trim() } : {}), ...flag }
            : { action, ...flag };
        const deal = await api<TLabelingDeal>(`${base}/assignments/${view.assignmentId}/answer`, { body });
        show(deal.item, deal.progress);
      });
    },
    [base, comment, flagNote, isBusy, isFlagged, run, show, stars, view],
  );

  const keys = useMemo(
    () => ({
      stars: (value: number) => setStars(value),
      submit: () => answer('rate'),
      skip: () => answer('skip'),
      back: () => {
        if (view?.previousAssignmentId) void open(view.previousAssignmentId);
      },
    }),
    [answer, open, view],
  );
  useLabelingKeys(keys);

  if (view === undefined || !progress) return <p className="muted">Loading…</p>;
  if (view === null) {
    return (
      <section className="card stack">
        <ProgressLine view={null} progress={progress} />
        <h2>All done</h2>
        <p>You have answered every item this task has for you. Thank you!</p>
        <FormError error={error} />
      </section>
    );
  }
  const chosen = props.rubric.levels.find((level) => level.value === stars);
  return (
    <div className="stack">
      <div className="labeler-head">
        <h1>{props.taskName}</h1>
        <ProgressLine view={view} progress={progress} />
      </div>
      <div className="labeler">
        <div className="labeler-main">
          <section className="card stack" aria-label="Prompt">
            <h2>Prompt</h2>
            {view.prompt.map((message, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: messages have no id and never reorder.
              <div key={index}>
                {view.prompt.length > 1 ? <div className="message-role">{message.role}</div> : null}
                <div className="message">{message.content}</div>
              </div>
            ))}
          </section>
          <section className="card stack" aria-label="Completion">
            <h2>Completion</h2>
            <div className="message" data-testid="completion-text">
              {view.completion}
            </div>
            <fieldset className="stars" aria-label="Rating">
              {[1, 2, 3, 4, 5].map((value) => (
                <button
                  key={value}
                  type="button"
                  aria-pressed={stars === value}
                  aria-label={`${value} star${value === 1 ? '' : 's'}`}
                  className={stars !== null && value <= stars ? 'on' : ''}
                  onClick={() => setStars(value)}
                >
                  ★
                </button>
              ))}
            </fieldset>
            <p className="muted" data-testid="chosen-level">
              {chosen ? `${chosen.value} – ${chosen.label}` : 'Not rated yet'}
            </p>
            <label>
              Comment (optional)
              <textarea rows={2} value={comment} onChange={(event) => setComment(event.target.value)} />
            </label>
            <div className="checks">
              <label>
                <input
                  type="checkbox"
                  checked={isFlagged}
                  onChange={(event) => setFlagged(event.target.checked)}
                />
                Flag this item for the reviewers
              </label>
            </div>
            {isFlagged ? (
              <label>
                What is wrong with it?
                <input
                  type="text"
                  value={flagNote}
                  maxLength={1000}
                  onChange={(event) => setFlagNote(event.target.value)}
                />
              </label>
            ) : null}
            <FormError error={error} />
            <div className="inline-actions">
              <button
                type="button"
                className="secondary"
                disabled={!view.previousAssignmentId || isBusy}
                onClick={keys.back}
              >
                ← Back
              </button>
              <button type="button" className="secondary" disabled={isBusy} onClick={() => answer('skip')}>
                Skip
              </button>
              <button type="button" disabled={isBusy || stars === null} onClick={() => answer('rate')}>
                Submit and next
              </button>
              {view.nextAssignmentId ? (
                <button
                  type="button"
                  className="secondary"
                  disabled={isBusy}
                  onClick={() => void open(view.nextAssignmentId!)}
                >
                  Forward →
                </button>
              ) : null}
            </div>
            <p className="keys">
              <kbd>1</kbd>–<kbd>5</kbd> stars · <kbd>Enter</kbd> submit and next · <kbd>S</kbd> skip ·{' '}
              <kbd>←</kbd> back
            </p>
          </section>
        </div>
        <aside className="card guidelines" aria-label="Labeling guidelines">
          <h2>Guidelines</h2>
          {props.rubric.instructions ? <p>{props.rubric.instructions}</p> : null}
          {props.rubric.levels.map((level) => (
            <div key={level.value} className={`guideline${stars === level.value ? ' chosen' : ''}`}>
              <strong>
                {'★'.repeat(level.value)} {level.value} – {level.label}
              </strong>
              <span>{level.description}</span>
            </div>
          ))}
        </aside>
      </div>
    </div>
  );
}
