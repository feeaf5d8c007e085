import { openComparisonStream, type TComparisonFeedItem } from '@yardstick/core/server';
import { ZComparisonParams } from '@/server/playground-params';
import { route } from '@/server/route';

function format(item: TComparisonFeedItem): string {
  switch (item.event) {
    case 'keep-alive':
      return ': keep-alive\n\n';
    case 'end':
      return 'event: end\ndata: {}\n\n';
    case 'snapshot':
      return `event: snapshot\ndata: ${JSON.stringify(item.data)}\n\n`;
    case 'update':
      return `id: ${item.id}\nevent: update\ndata: ${JSON.stringify(item.data)}\n\n`;
  }
}

/** A comparison's live state as Server-Sent Events: a snapshot, every change after it, then "end". */
export const GET = route({
  auth: 'required',
  params: ZComparisonParams,
  handler: async ({ services, actor, params, request }) => {
    const disconnected = new AbortController();
    request.signal.addEventListener('abort', () => disconnected.abort(), { once: true });
    const feed = await openComparisonStream({
      database: services.database,
      redisUrl: services.environment.REDIS_URL,
      actor,
      projectId: params.projectId,
      comparisonId: params.comparisonId,
      signal: disconnected.signal,
    });
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode('retry: 3000\n\n'));
      },
      async pull(controller) {
        try {
          const next = await feed.next();
          if (next.done) controller.close();
          else controller.enqueue(encoder.encode(format(next.value)));
        } catch (error) {
          services.logger.warn(
            { comparisonId: params.comparisonId, error: String(error) },
            'comparison feed broke',
          );
          controller.close();
        }
      },
      async cancel() {
        disconnected.abort();
        await feed.return(undefined);
      },
    });
    return new Response(body, {
      headers: {
        'content-type': 'text/event-stream; charset=utf-8',
        // no-transform keeps the response compression from buffering the stream.
        'cache-control': 'no-cache, no-transform',
        'x-accel-buffering': 'no',
      },
    });
  },
});
