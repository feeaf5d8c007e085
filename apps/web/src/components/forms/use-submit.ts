'use client';
import { useState } from 'react';

/** Runs a form's async action with a pending flag and the last error, for every form in the app. */
export function useSubmit<TArguments extends unknown[]>(action: (...args: TArguments) => Promise<void>) {
  const [isPending, setPending] = useState(false);
  const [error, setError] = useState<Error | undefined>();
  const submit = async (...args: TArguments) => {
    setPending(true);
    setError(undefined);
    try {
      await action(...args);
    } catch (caught) {
      setError(caught instanceof Error ? caught : new Error(String(caught)));
    } finally {
      setPending(false);
    }
  };
  return { submit, isPending, error };
}
