'use client';
import { useEffect } from 'react';

/** Labeling keys: 1–5 set the stars, Enter submits, S skips, ← goes back. Typing in a text field is left alone. */
export function useLabelingKeys(handlers: {
  stars: (value: number) => void;
  submit: () => void;
  skip: () => void;
  back: () => void;
}) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.metaKey || event.ctrlKey) {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) handlers.submit();
        return;
      }
      const target = event.target as HTMLElement | null;
      const isTyping =
        target?.tagName === 'TEXTAREA' ||
        (target?.tagName === 'INPUT' && (target as HTMLInputElement).type === 'text');
      if (isTyping) return;
      if (/^[1-5]$/.test(event.key)) {
        event.preventDefault();
        handlers.stars(Number(event.key));
      } else if (event.key === 'Enter') {
        event.preventDefault();
        handlers.submit();
      } else if (event.key === 's' || event.key === 'S') {
        event.preventDefault();
        handlers.skip();
      } else if (event.key === 'ArrowLeft') {
        event.preventDefault();
        handlers.back();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [handlers]);
}
