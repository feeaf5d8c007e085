import http from 'node:http';
import http2 from 'node:http2';
import net from 'node:net';
import { PromptCache } from './caching';
import { FaultQueue } from './faults';
import { Exchange } from './http';
import { RequestLog } from './requests';
import { route } from './routes';
import type { EmulatorState } from './state';
import type { EmulatorFault, EmulatorLatency } from './types';

export interface StartEmulatorOptions {
  /** 0 picks a free port (the default). */
  port?: number;
  host?: string;
  /** Overrides every model's fixture latency profile. */
  latency?: EmulatorLatency;
  logger?: (line: string) => void;
}

export interface RunningEmulator {
  /** http://HOST:PORT, without a trailing slash. */
  url: string;
  port: number;
  injectFault(fault: EmulatorFault): void;
  clearFaults(): void;
  requestCount(filter?: { provider?: string; model?: string }): number;
  setLatency(latency: EmulatorLatency | undefined): void;
  close(): Promise<void>;
}

/** Every HTTP/2 connection opens with this preface; no HTTP/1.x method starts with "PRI". */
const H2_PREFACE_START = Buffer.from('PRI');

/**
 * One port, two protocols: the AWS SDK streams Bedrock over cleartext HTTP/2 (h2c) while the other
 * SDKs speak HTTP/1.1. Each connection's first bytes decide which server gets the socket.
 */
function sniff(socket: net.Socket, h1: http.Server, h2: http2.Http2Server): void {
  let head = Buffer.alloc(0);
  const onData = (chunk: Buffer) => {
    head = Buffer.concat([head, chunk]);
    if (head.length < H2_PREFACE_START.length) return;
    socket.off('data', onData);
    socket.pause();
    socket.unshift(head);
    if (head.subarray(0, H2_PREFACE_START.length).equals(H2_PREFACE_START)) {
      // The HTTP/2 session reads the unshifted bytes itself; resuming here would lose them.
      h2.emit('connection', socket);
    } else {
      h1.emit('connection', socket);
      socket.resume();
    }
  };
  socket.on('data', onData);
}

export async function startEmulator(options: StartEmulatorOptions = {}): Promise<RunningEmulator> {
  const log = options.logger ?? (() => {});
  const state: EmulatorState = {
    faults: new FaultQueue(),
    cache: new PromptCache(),
    requests: new RequestLog(),
    latency: options.latency,
  };
  const handle = (
    req: http.IncomingMessage | http2.Http2ServerRequest,
    res: http.ServerResponse | http2.Http2ServerResponse,
  ) => {
    const ex = new Exchange(req, res);
    log(`${ex.method} ${ex.path} HTTP/${req.httpVersion}`);
    route(ex, state).catch((error: unknown) => {
      log(
        `error handling ${ex.method} ${ex.path}: ${error instanceof Error ? error.message : String(error)}`,
      );
      return ex.fail();
    });
  };
  const h1 = http.createServer(handle);
  const h2 = http2.createServer(handle);
  const sockets = new Set<net.Socket>();
  const tcp = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    // A peer resetting the connection is routine for an emulator that cuts streams on purpose.
    socket.on('error', () => {});
    socket.setNoDelay(true);
    sniff(socket, h1, h2);
  });
  h2.on('sessionError', () => {});

  await new Promise<void>((resolve, reject) => {
    tcp.once('error', reject);
    tcp.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      tcp.off('error', reject);
      resolve();
    });
  });
  const address = tcp.address() as net.AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;
  log(`emulator listening on ${url}`);

  let closing: Promise<void> | undefined;
  return {
    url,
    port: address.port,
    injectFault: (fault) => state.faults.push(fault),
    clearFaults: () => state.faults.clear(),
    requestCount: (filter) => state.requests.count(filter),
    setLatency: (latency) => {
      state.latency = latency;
    },
    close: () => {
      closing ??= new Promise<void>((resolve) => {
        tcp.close(() => resolve());
        // Held (timeout-fault) and streaming requests end with their sockets.
        for (const socket of sockets) socket.destroy();
      }).then(() => log('emulator closed'));
      return closing;
    },
  };
}
