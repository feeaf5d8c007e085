'use client';
import type { TComparisonDraft, TCostPrediction } from '@yardstick/core';
import { useEffect, useState } from 'react';
import { type ApiError, api } from '@/lib/api';

// Long enough not to call on every keystroke, short enough to feel live.
const debounceMs = 350;

/**
 * The predicted cost of the draft as the user types: a debounced call to the predict endpoint. Its validation
 * errors (empty prompt, variable without value, prompt beyond a context window) are shown before running.
 */
export function useCostPrediction(projectId: string, draft: TComparisonDraft, isReady: boolean) {
  const [prediction, setPrediction] = useState<TCostPrediction>();
  const [error, setError] = useState<ApiError | Error>();
  const [isPending, setPending] = useState(false);
  const body = JSON.stringify(draft);
  useEffect(() => {
    let isCurrent = true;
    if (!isReady) {
      setPrediction(undefined);
      setError(undefined);
      return;
    }
    setPending(true);
    const timer = setTimeout(async () => {
      try {
        const result = await api<TCostPrediction>(`/api/v1/projects/${projectId}/comparisons/predict`, {
          body: JSON.parse(body),
        });
        if (!isCurrent) return;
        setPrediction(result);
        setError(undefined);
      } catch (caught) {
        if (!isCurrent) return;
        setPrediction(undefined);
        setError(caught as Error);
      } finally {
        if (isCurrent) setPending(false);
      }
    }, debounceMs);
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
  }, [projectId, body, isReady]);
  return { prediction, error, isPending };
}
