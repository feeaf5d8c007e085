'use client';
import {
  applyComparisonEvent,
  isComparisonSettled,
  type TComparisonEvent,
  type TComparisonView,
} from '@yardstick/core';
import { useEffect, useRef, useState } from 'react';

/**
 * A comparison kept live over SSE: the server's snapshot, then each event applied with the same rules the server
 * uses. Nothing is opened for a settled comparison until `reopen()` (after a re-run).
 */
export function useComparisonFeed(projectId: string, initial: TComparisonView, onSettled: () => void) {
  const [view, setView] = useState(initial);
  const [generation, setGeneration] = useState(isComparisonSettled(initial) ? 0 : 1);
  const [isLive, setLive] = useState(false);
  const settled = useRef(onSettled);
  settled.current = onSettled;
  useEffect(() => {
    if (generation === 0) return;
    const source = new EventSource(`/api/v1/projects/${projectId}/comparisons/${initial.id}/events`);
    source.addEventListener('open', () => setLive(true));
    source.addEventListener('snapshot', (message) =>
      setView(JSON.parse((message as MessageEvent<string>).data)),
    );
    source.addEventListener('update', (message) => {
      const event = JSON.parse((message as MessageEvent<string>).data) as TComparisonEvent;
      setView((current) => applyComparisonEvent(current, event));
    });
    source.addEventListener('end', () => {
      source.close();
      setLive(false);
      settled.current();
    });
    // EventSource reconnects by itself after a network error; a fresh snapshot then catches up.
    source.addEventListener('error', () => setLive(false));
    return () => source.close();
  }, [projectId, initial.id, generation]);
  return {
    view,
    isLive,
    setView,
    reopen: () => setGeneration((current) => current + 1),
  };
}
