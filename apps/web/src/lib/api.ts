// Browser-side calls to /api/v1: JSON in, JSON out, and problem+json errors turned into readable messages.

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly errors: { field?: string; message: string }[] = [],
  ) {
    super(message);
  }
}

export async function api<T>(path: string, options: { method?: string; body?: unknown } = {}): Promise<T> {
  const response = await fetch(path, {
    method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
    headers: options.body === undefined ? {} : { 'content-type': 'application/json' },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    credentials: 'same-origin',
  });
  if (response.status === 204) return undefined as T;
  const payload = (await response.json().catch(() => ({}))) as {
    detail?: string;
    errors?: ApiError['errors'];
  };
  if (!response.ok) {
    throw new ApiError(
      payload.detail ?? `Request failed (${response.status}).`,
      response.status,
      payload.errors,
    );
  }
  return payload as T;
}
