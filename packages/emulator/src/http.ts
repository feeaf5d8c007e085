import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { type Http2ServerRequest, type Http2ServerResponse, constants as h2 } from 'node:http2';
import type { HttpReply } from './types';

/** One request/response pair, over HTTP/1.1 or HTTP/2 alike (the h2 compat API mirrors node:http). */
export class Exchange {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  /** Aborts when the client goes away (or the emulator closes) before the response is complete. */
  readonly signal: AbortSignal;
  private done = false;
  private flushed: Promise<void> = Promise.resolve();
  private readonly aborter = new AbortController();

  constructor(
    private readonly req: IncomingMessage | Http2ServerRequest,
    private readonly res: ServerResponse | Http2ServerResponse,
  ) {
    const url = new URL(req.url ?? '/', 'http://emulator');
    this.method = req.method ?? 'GET';
    this.path = url.pathname;
    this.query = url.searchParams;
    this.headers = req.headers;
    this.signal = this.aborter.signal;
    // Errors from a vanished peer are expected here; the abort signal is how handlers learn of them.
    req.on('error', () => this.aborter.abort());
    res.on('error', () => this.aborter.abort());
    res.on('close', () => {
      if (!this.done) this.aborter.abort();
    });
  }

  get closed(): boolean {
    return this.done || this.signal.aborted;
  }

  header(name: string): string | undefined {
    const value = this.headers[name.toLowerCase()];
    return Array.isArray(value) ? value[0] : value;
  }

  async body(): Promise<string> {
    const chunks: Buffer[] = [];
    for await (const chunk of this.req) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }

  reply(reply: HttpReply): void {
    if (this.closed) return;
    this.done = true;
    this.res.writeHead(reply.status, {
      'content-length': String(Buffer.byteLength(reply.body)),
      ...reply.headers,
    });
    this.res.end(reply.body);
  }

  json(status: number, body: unknown, headers: Record<string, string> = {}): void {
    this.reply({
      status,
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  }

  /** Starts a streamed response; chunks follow through write(). */
  begin(status: number, headers: Record<string, string>): void {
    if (this.closed) return;
    this.res.writeHead(status, headers);
    // Like the real APIs, headers go out at once and the first token follows after the TTFT
    // (HTTP/2's writeHead already sends them).
    if (!('stream' in this.res)) this.res.flushHeaders();
  }

  /**
   * Writes one chunk and waits until it has reached the socket (which also waits out backpressure);
   * a no-op once the client is gone.
   */
  async write(chunk: string | Uint8Array): Promise<void> {
    if (this.closed) return;
    this.flushed = new Promise((resolve) => {
      const settle = () => {
        this.signal.removeEventListener('abort', settle);
        resolve();
      };
      this.signal.addEventListener('abort', settle, { once: true });
      // The two response classes overload write() differently; both accept (chunk, callback).
      (this.res as ServerResponse).write(chunk, settle);
    });
    await this.flushed;
  }

  end(): void {
    if (this.closed) return;
    this.done = true;
    this.res.end();
  }

  /**
   * Drops the connection (HTTP/1.1) or resets the stream (HTTP/2) without a proper ending, after
   * what was already written has left: destroying earlier would discard it.
   */
  async cut(): Promise<void> {
    if (this.closed) return;
    this.done = true;
    await this.flushed;
    if ('stream' in this.res) this.res.stream.close(h2.NGHTTP2_INTERNAL_ERROR);
    else this.res.socket?.destroy();
  }

  /** Last resort when the emulator itself fails: a 500 if nothing was sent yet, otherwise a cut. */
  async fail(): Promise<void> {
    if (this.res.headersSent) return this.cut();
    this.json(500, { error: { message: 'emulator internal error', type: 'server_error' } });
  }

  /** Never answers: resolves once the client gives up or the emulator closes. */
  hold(): Promise<void> {
    if (this.closed) return Promise.resolve();
    return new Promise((resolve) => this.signal.addEventListener('abort', () => resolve(), { once: true }));
  }
}
