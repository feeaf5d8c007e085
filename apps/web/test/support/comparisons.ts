// Test fixtures for the playground, built through the public API: model configs on the emulated connection,
// comparisons run to the end, the SSE feed read like a browser would, and faults queued in the emulator.
import type { TCellView, TComparisonView } from '@yardstick/core';
import { inject } from 'vitest';
import type { HttpClient } from './http-client';

export async function emulatedConnectionId(client: HttpClient, projectId: string): Promise<string> {
  const { connections } = await client.json<{ connections: { id: string; kind: string }[] }>(
    client.get(`/api/v1/projects/${projectId}/connections`),
  );
  const emulated = connections.find((connection) => connection.kind === 'emulated');
  if (!emulated) throw new Error('The project has no emulated connection.');
  return emulated.id;
}

export async function createModelConfig(
  client: HttpClient,
  projectId: string,
  fields: { name: string; model: string; connectionId: string; maxOutputTokens?: number },
): Promise<{ id: string; name: string }> {
  const response = await client.post(`/api/v1/projects/${projectId}/model-configs`, fields);
  if (response.status !== 201)
    throw new Error(`Model config failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as { id: string; name: string };
}

export async function startComparison(
  client: HttpClient,
  projectId: string,
  draft: unknown,
): Promise<TComparisonView> {
  const response = await client.post(`/api/v1/projects/${projectId}/comparisons`, draft);
  if (response.status !== 201)
    throw new Error(`Comparison failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as TComparisonView;
}

const isSettled = (view: TComparisonView) =>
  ['succeeded', 'failed', 'cancelled'].includes(view.status) &&
  view.cells.every((cell) => ['succeeded', 'failed', 'cancelled'].includes(cell.status));

export async function waitForComparison(
  client: HttpClient,
  projectId: string,
  comparisonId: string,
  until: (view: TComparisonView) => boolean = isSettled,
  timeoutMs = 60_000,
): Promise<TComparisonView> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const view = await client.json<TComparisonView>(
      client.get(`/api/v1/projects/${projectId}/comparisons/${comparisonId}`),
    );
    if (until(view)) return view;
    if (Date.now() > deadline)
      throw new Error(
        `Comparison not there in time: ${JSON.stringify(view.cells.map((cell) => cell.status))}`,
      );
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export interface TFeedEvent {
  event: string;
  data: unknown;
}

/** Reads a comparison's SSE feed until its "end" event (or the timeout), as an EventSource would parse it. */
export async function readFeed(client: HttpClient, path: string, timeoutMs = 60_000): Promise<TFeedEvent[]> {
  const response = await client.request('GET', path, undefined, { accept: 'text/event-stream' });
  if (response.status !== 200 || !response.body)
    throw new Error(`Feed failed: ${response.status} ${await response.text()}`);
  const events: TFeedEvent[] = [];
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  const timer = setTimeout(() => void reader.cancel(), timeoutMs);
  let buffer = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return events;
      buffer += value;
      let boundary = buffer.indexOf('\n\n');
      while (boundary !== -1) {
        const block = buffer.slice(0, boundary);
        buffer = buffer.slice(boundary + 2);
        boundary = buffer.indexOf('\n\n');
        const lines = block.split('\n');
        const event = lines.find((line) => line.startsWith('event: '))?.slice(7);
        const data = lines.find((line) => line.startsWith('data: '))?.slice(6);
        if (!event) continue;
        events.push({ event, data: data ? JSON.parse(data) : undefined });
        if (event === 'end') {
          await reader.cancel();
          return events;
        }
      }
    }
  } finally {
    clearTimeout(timer);
  }
}

export async function injectFault(fault: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${inject('emulatorUrl')}/__emulator/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(fault),
  });
  if (response.status !== 201)
    throw new Error(`Fault injection failed: ${response.status} ${await response.text()}`);
}

export function cellAt(view: TComparisonView, rowIndex: number, columnIndex: number): TCellView {
  const cell = view.cells.find(
    (candidate) => candidate.rowIndex === rowIndex && candidate.columnIndex === columnIndex,
  );
  if (!cell) throw new Error(`No cell at row ${rowIndex}, column ${columnIndex}.`);
  return cell;
}
