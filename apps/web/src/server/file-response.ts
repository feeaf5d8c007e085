import 'server-only';

/** A download streamed from text chunks as they are produced (an export is never built whole in memory). */
export function fileResponse(file: {
  fileName: string;
  contentType: string;
  chunks: AsyncGenerator<string>;
}): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await file.chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await file.chunks.return(undefined);
    },
  });
  return new Response(body, {
    headers: {
      'content-type': file.contentType,
      'content-disposition': `attachment; filename="${file.fileName}"`,
      'cache-control': 'no-store',
    },
  });
}
