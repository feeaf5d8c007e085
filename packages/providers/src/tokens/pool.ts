// A small lazily started pool of worker threads that count tokens, so a megabyte prompt never stalls the event
// loop. Workers are unref'd while idle: an idle pool does not keep the process alive.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { TTokenEncoding } from './encoders';

interface TPending {
  resolve: (tokens: number) => void;
  reject: (error: Error) => void;
}

interface TPoolWorker {
  worker: Worker;
  pending: Map<number, TPending>;
}

type TWorkerReply = { id: number; tokens: number } | { id: number; error: string };

const WORKER_URL = new URL('./count-worker.mjs', import.meta.url);
/** One or two workers: counting is a background task and must leave cores for request handling. */
const POOL_SIZE = Math.min(2, Math.max(1, availableParallelism() - 1));

let workers: TPoolWorker[] = [];
let nextRequestId = 0;

function spawnWorker(): TPoolWorker {
  const entry: TPoolWorker = { worker: new Worker(WORKER_URL), pending: new Map() };
  entry.worker.on('message', (reply: TWorkerReply) => {
    const pending = entry.pending.get(reply.id);
    entry.pending.delete(reply.id);
    if (entry.pending.size === 0) {
      entry.worker.unref();
    }
    if ('error' in reply) {
      pending?.reject(new Error(`Token counting failed: ${reply.error}`));
    } else {
      pending?.resolve(reply.tokens);
    }
  });
  entry.worker.on('error', (error) => retire(entry, error));
  entry.worker.on('exit', (code) =>
    retire(entry, new Error(`Token counter worker stopped (exit code ${code})`)),
  );
  entry.worker.unref();
  workers.push(entry);
  return entry;
}

/** Drops a dead worker from the pool (the next count starts a fresh one) and fails what it still owed. */
function retire(entry: TPoolWorker, error: Error): void {
  workers = workers.filter((candidate) => candidate !== entry);
  for (const pending of entry.pending.values()) {
    pending.reject(error);
  }
  entry.pending.clear();
}

function pickWorker(): TPoolWorker {
  const idle = workers.find((entry) => entry.pending.size === 0);
  if (idle) {
    return idle;
  }
  if (workers.length < POOL_SIZE) {
    return spawnWorker();
  }
  return workers.reduce((least, entry) => (entry.pending.size < least.pending.size ? entry : least));
}

export function countInWorker(text: string, encoding: TTokenEncoding): Promise<number> {
  const entry = pickWorker();
  const id = nextRequestId++;
  return new Promise((resolve, reject) => {
    entry.pending.set(id, { resolve, reject });
    entry.worker.ref();
    entry.worker.postMessage({ id, encoding, text });
  });
}

/** Terminates the pool (tests, shutdown); counts still in flight are rejected. A later count starts it anew. */
export async function closeTokenCounters(): Promise<void> {
  const closing = workers;
  workers = [];
  await Promise.all(closing.map((entry) => entry.worker.terminate()));
}
