import 'server-only';
import { ValidationError } from '@yardstick/core/server';

/**
 * The raw request body as chunks, read as they arrive (an uploaded file is never held whole). `drain()` reads
 * and drops what is left, so a refusal sent before the upload ends reaches the browser instead of a reset.
 */
export function uploadedFile(request: Request) {
  if (!request.body) throw new ValidationError('Send the file as the request body.');
  const reader = request.body.getReader();
  let isDone = false;
  async function* chunks(): AsyncGenerator<Uint8Array> {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        isDone = true;
        return;
      }
      yield value;
    }
  }
  return {
    chunks: chunks(),
    drain: async () => {
      while (!isDone) {
        const { done } = await reader.read().catch(() => ({ done: true }));
        isDone = done;
      }
    },
  };
}

/** The first `limit` bytes of the body, for a preview. */
export async function readHead(request: Request, limit: number): Promise<Uint8Array> {
  const file = uploadedFile(request);
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of file.chunks) {
    parts.push(chunk);
    size += chunk.byteLength;
    if (size >= limit) break;
  }
  await file.drain();
  return Buffer.concat(parts).subarray(0, limit);
}
