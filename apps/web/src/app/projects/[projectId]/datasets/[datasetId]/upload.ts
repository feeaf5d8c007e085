// Posts a file (or a slice of it) as the raw request body, streamed by the browser.
import { ApiError } from '@/lib/api';

export async function postFile<T>(path: string, body: Blob): Promise<T> {
  const response = await fetch(path, {
    method: 'POST',
    body,
    headers: { 'content-type': body.type || 'application/octet-stream' },
    credentials: 'same-origin',
  });
  const payload = (await response.json().catch(() => ({}))) as {
    detail?: string;
    errors?: ApiError['errors'];
  };
  if (!response.ok)
    throw new ApiError(
      payload.detail ?? `Upload failed (${response.status}).`,
      response.status,
      payload.errors,
    );
  return payload as T;
}
