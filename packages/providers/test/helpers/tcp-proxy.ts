// A TCP pass-through in front of the emulator that reports when client connections open and close, so tests
// can see an aborted call really drop its connection instead of just settling the promise.
//
// Only connections that carried a request count: after an abort, Node 20's undici opens a spare connection
// to the same origin that never sends a byte (nodejs/undici#5845), and that one says nothing about the abort.
import net from 'node:net';

export interface TTcpProxy {
  url: string;
  /** Client connections currently open that have sent at least one byte. */
  openConnections(): number;
  /** Connections accepted since the proxy started. */
  acceptedConnections(): number;
  /** Resolves once no connection that sent bytes is open; rejects after `timeoutMs`. */
  waitUntilIdle(timeoutMs: number): Promise<void>;
  close(): Promise<void>;
}

export async function startTcpProxy(targetPort: number): Promise<TTcpProxy> {
  const sockets = new Set<net.Socket>();
  const everySocket = new Set<net.Socket>();
  let accepted = 0;
  const idleWaiters = new Set<() => void>();
  const server = net.createServer((client) => {
    accepted += 1;
    everySocket.add(client);
    client.once('data', () => sockets.add(client));
    const upstream = net.connect(targetPort, '127.0.0.1');
    client.pipe(upstream);
    upstream.pipe(client);
    const closeBoth = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', closeBoth);
    upstream.on('error', closeBoth);
    upstream.on('close', closeBoth);
    client.on('close', () => {
      closeBoth();
      everySocket.delete(client);
      sockets.delete(client);
      if (sockets.size === 0) {
        for (const resolve of idleWaiters) {
          resolve();
        }
        idleWaiters.clear();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    openConnections: () => sockets.size,
    acceptedConnections: () => accepted,
    waitUntilIdle: (timeoutMs) =>
      new Promise<void>((resolve, reject) => {
        if (sockets.size === 0) {
          resolve();
          return;
        }
        const timer = setTimeout(() => {
          idleWaiters.delete(done);
          reject(new Error(`${sockets.size} connection(s) still open after ${timeoutMs} ms`));
        }, timeoutMs);
        const done = () => {
          clearTimeout(timer);
          resolve();
        };
        idleWaiters.add(done);
      }),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of everySocket) {
          socket.destroy();
        }
        server.close(() => resolve());
      }),
  };
}
