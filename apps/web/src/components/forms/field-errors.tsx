'use client';
import type { ApiError } from '@/lib/api';

/** The message of a failed request, with each invalid field named. */
export function FormError({ error }: { error: ApiError | Error | undefined }) {
  if (!error) return null;
  const fieldErrors = 'errors' in error ? error.errors : [];
  return (
    <div role="alert" className="error">
      {fieldErrors.length > 0 ? (
        <ul>
          {fieldErrors.map((detail) => (
            <li key={`${detail.field}-${detail.message}`}>
              {detail.field?.replace(/^body\./, '')} {detail.message}
            </li>
          ))}
        </ul>
      ) : (
        error.message
      )}
    </div>
  );
}
