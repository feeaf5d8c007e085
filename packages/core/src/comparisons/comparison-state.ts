// Applies live events to a comparison view. The SSE endpoint uses it to build its snapshot and every browser tab
// uses it on what follows, so both agree on one rule set. Browser-safe.
import type { TCellView, TComparisonEvent, TComparisonView } from './comparison-types';

const finalStatuses = new Set(['succeeded', 'failed', 'cancelled']);

export function isFinalStatus(status: string): boolean {
  return finalStatuses.has(status);
}

function updateCell(view: TComparisonView, completionId: string, change: (cell: TCellView) => TCellView) {
  let isChanged = false;
  const cells = view.cells.map((cell) => {
    if (cell.id !== completionId) return cell;
    isChanged = true;
    return change(cell);
  });
  return isChanged ? { ...view, cells } : view;
}

export function applyComparisonEvent(view: TComparisonView, event: TComparisonEvent): TComparisonView {
  switch (event.type) {
    case 'cell.started':
      // A (re)started run streams from the beginning: text of an attempt that died is dropped.
      return updateCell(view, event.completionId, (cell) =>
        isFinalStatus(cell.status) ? cell : { ...cell, status: 'running', text: '' },
      );
    case 'cell.delta':
      return updateCell(view, event.completionId, (cell) =>
        cell.status === 'running' ? { ...cell, text: (cell.text ?? '') + event.text } : cell,
      );
    case 'cell.finished':
      return updateCell(view, event.cell.id, (cell) => laterReport(cell, event.cell));
    case 'cell.replaced':
      // Without the previous cell the view is already newer than this event (a snapshot taken after it).
      if (!view.cells.some((cell) => cell.id === event.previousCompletionId)) return view;
      return {
        ...view,
        cells: view.cells.map((cell) => (cell.id === event.previousCompletionId ? event.cell : cell)),
        ratings: view.ratings.filter(
          (rating) =>
            rating.completionId !== event.previousCompletionId &&
            rating.otherCompletionId !== event.previousCompletionId,
        ),
      };
    case 'comparison.status':
      return { ...view, status: event.status, finishedAt: event.finishedAt };
  }
}

/**
 * A cell stopped while its call was in flight is cancelled at once, but its worker still reports back (with the
 * text streamed so far, errorClass "aborted"); until then more is coming for it.
 */
export function isAwaitingStopConfirmation(
  cell: Pick<TCellView, 'status' | 'startedAt' | 'errorClass'>,
): boolean {
  return cell.status === 'cancelled' && cell.startedAt !== null && cell.errorClass === null;
}

function isSettledCell(cell: TCellView): boolean {
  return isFinalStatus(cell.status) && !isAwaitingStopConfirmation(cell);
}

/**
 * A later report of a cell, unless it would undo a settled one: "stopped, waiting for the worker" can reach a
 * reader after the worker's own confirmation (the stop and the worker report independently).
 */
function laterReport(current: TCellView, incoming: TCellView): TCellView {
  if (isSettledCell(current) && isAwaitingStopConfirmation(incoming)) return current;
  // A stopped cell keeps the text already streamed until its worker reports what it stored.
  return isAwaitingStopConfirmation(incoming) && incoming.text === null
    ? { ...incoming, text: current.text }
    : incoming;
}

/** A fresh view of the comparison from an API answer (e.g. to Stop), merged with what this reader has seen. */
export function applyComparisonView(current: TComparisonView, incoming: TComparisonView): TComparisonView {
  return {
    ...incoming,
    cells: incoming.cells.map((cell) => {
      const seen = current.cells.find((candidate) => candidate.id === cell.id);
      return seen ? laterReport(seen, cell) : cell;
    }),
  };
}

/** Whether nothing more will happen (until someone re-runs a cell). */
export function isComparisonSettled(view: TComparisonView): boolean {
  return (
    isFinalStatus(view.status) &&
    view.cells.every((cell) => isFinalStatus(cell.status) && !isAwaitingStopConfirmation(cell))
  );
}
