'use client';
import type { ReactNode } from 'react';

/** A form whose submit runs `action` with the form's data instead of navigating. */
export function ActionForm(props: {
  action: (form: FormData) => void | Promise<void>;
  className?: string;
  children: ReactNode;
}) {
  return (
    <form
      className={props.className ?? 'stack'}
      onSubmit={(event) => {
        event.preventDefault();
        void props.action(new FormData(event.currentTarget));
      }}
    >
      {props.children}
    </form>
  );
}
