// The rules every open tab and the SSE snapshot apply to a comparison's live events, and the template helpers.
import { describe, expect, it } from 'vitest';
import {
  applyComparisonEvent,
  applyComparisonView,
  isComparisonSettled,
} from '../../src/comparisons/comparison-state';
import type { TCellView, TComparisonView } from '../../src/comparisons/comparison-types';
import { summarizeComparison } from '../../src/comparisons/summarize-comparison';
import { extractVariables, isEmptyTemplate, renderMessages } from '../../src/prompts/template';

function cell(id: string, columnIndex: number, fields: Partial<TCellView> = {}): TCellView {
  return {
    id,
    rowIndex: 0,
    columnIndex,
    status: 'pending',
    text: null,
    finishReason: null,
    rawFinishReason: null,
    inputTokens: null,
    outputTokens: null,
    cachedInputTokens: null,
    reasoningTokens: null,
    predictedCostNanoUsd: '100',
    costNanoUsd: null,
    isPriced: false,
    timeToFirstTokenMs: null,
    latencyMs: null,
    attempts: 0,
    errorClass: null,
    errorMessage: null,
    startedAt: null,
    finishedAt: null,
    ...fields,
  };
}

function view(cells: TCellView[], status: TComparisonView['status'] = 'running'): TComparisonView {
  return {
    id: 'comparison',
    projectId: 'project',
    title: 'Test',
    status,
    createdAt: '2026-12-01T00:00:00.000Z',
    finishedAt: null,
    createdBy: null,
    columns: [],
    rows: [],
    predictedCostNanoUsd: '200',
    cells,
    ratings: [],
  };
}

describe('comparison events', () => {
  it('streams text into a running cell and drops the text of an attempt that died', () => {
    let state = view([cell('a', 0), cell('b', 1)]);
    state = applyComparisonEvent(state, { type: 'cell.started', completionId: 'a' });
    state = applyComparisonEvent(state, { type: 'cell.delta', completionId: 'a', text: 'Hel' });
    state = applyComparisonEvent(state, { type: 'cell.delta', completionId: 'a', text: 'lo' });
    expect(state.cells[0]).toMatchObject({ status: 'running', text: 'Hello' });
    state = applyComparisonEvent(state, { type: 'cell.started', completionId: 'a' });
    expect(state.cells[0]?.text).toBe('');
    expect(state.cells[1]?.status).toBe('pending');
  });

  it('never lets late deltas or a replayed start change a finished cell', () => {
    const finished = cell('a', 0, {
      status: 'succeeded',
      text: 'Done',
      finishedAt: '2026-12-01T00:00:01.000Z',
    });
    let state = view([cell('a', 0)]);
    state = applyComparisonEvent(state, { type: 'cell.finished', cell: finished });
    state = applyComparisonEvent(state, { type: 'cell.started', completionId: 'a' });
    state = applyComparisonEvent(state, { type: 'cell.delta', completionId: 'a', text: 'again' });
    expect(state.cells[0]).toEqual(finished);
  });

  it('replaces a re-run cell once, and ignores the replacement when the view is already newer', () => {
    const replacement = cell('a2', 0);
    const state = applyComparisonEvent(view([cell('a', 0, { status: 'failed' })], 'succeeded'), {
      type: 'cell.replaced',
      previousCompletionId: 'a',
      cell: replacement,
    });
    expect(state.cells.map((candidate) => candidate.id)).toEqual(['a2']);
    const newer = view([cell('a2', 0, { status: 'running' })]);
    expect(
      applyComparisonEvent(newer, { type: 'cell.replaced', previousCompletionId: 'a', cell: replacement }),
    ).toBe(newer);
  });

  it('keeps a stop confirmed by the worker when the stop itself is reported after it', () => {
    const confirmed = cell('a', 0, {
      status: 'cancelled',
      startedAt: 'x',
      errorClass: 'aborted',
      text: 'It dep',
    });
    const stopping = cell('a', 0, { status: 'cancelled', startedAt: 'x', text: null });
    const state = applyComparisonEvent(view([confirmed]), { type: 'cell.finished', cell: stopping });
    expect(state.cells[0]).toEqual(confirmed);
    const streaming = view([cell('a', 0, { status: 'running', startedAt: 'x', text: 'It de' })]);
    const stopped = applyComparisonView(streaming, view([stopping], 'cancelled'));
    expect(stopped.cells[0]).toMatchObject({ status: 'cancelled', text: 'It de' });
    expect(stopped.status).toBe('cancelled');
  });

  it('is settled only when every cell is final, including confirmation of a call stopped in flight', () => {
    const stopping = cell('a', 0, { status: 'cancelled', startedAt: '2026-12-01T00:00:00.000Z' });
    expect(isComparisonSettled(view([stopping], 'cancelled'))).toBe(false);
    expect(isComparisonSettled(view([{ ...stopping, errorClass: 'aborted' }], 'cancelled'))).toBe(true);
    expect(isComparisonSettled(view([cell('b', 0, { status: 'cancelled' })], 'cancelled'))).toBe(true);
    expect(isComparisonSettled(view([cell('b', 0, { status: 'succeeded' })], 'running'))).toBe(false);
  });
});

describe('comparison totals', () => {
  it('sums actual cost exactly and names the fastest and slowest cells', () => {
    const summary = summarizeComparison({
      ...view([
        cell('a', 0, {
          status: 'succeeded',
          costNanoUsd: '123456789',
          latencyMs: 900,
          outputTokens: 10,
          finishedAt: 'x',
        }),
        cell('b', 1, {
          status: 'succeeded',
          costNanoUsd: '1',
          latencyMs: 100,
          outputTokens: 30,
          finishedAt: 'x',
        }),
        cell('c', 1, { status: 'failed', errorClass: 'rate_limited', finishedAt: 'x' }),
      ]),
      columns: [{} as TComparisonView['columns'][number], {} as TComparisonView['columns'][number]],
    });
    expect(summary.costNanoUsd).toBe('123456790');
    // Per successful cell, the failed one not counted, rounded half up: 123456790 / 2.
    expect(summary.costPerCellNanoUsd).toBe('61728395');
    expect(summary.fastest?.id).toBe('b');
    expect(summary.slowest?.id).toBe('a');
    expect(summary.columns[1]).toMatchObject({
      averageLatencyMs: 100,
      averageOutputTokens: 30,
      errors: 1,
      costNanoUsd: '1',
    });
  });
});

describe('prompt templates', () => {
  it('finds each variable once, renders values as given and tells an empty template', () => {
    const messages = [
      { role: 'system' as const, content: 'You judge {{ topic }}.' },
      { role: 'user' as const, content: 'Does {{drug}} reduce {{condition}}? {{drug}}!' },
    ];
    expect(extractVariables(messages)).toEqual(['topic', 'drug', 'condition']);
    expect(
      renderMessages(messages, { topic: 'medicine', drug: '{{condition}}', condition: 'pain' })[1]?.content,
    ).toBe('Does {{condition}} reduce pain? {{condition}}!');
    expect(isEmptyTemplate([{ role: 'system', content: 'Only a system message' }])).toBe(true);
    expect(isEmptyTemplate(messages)).toBe(false);
  });
});
