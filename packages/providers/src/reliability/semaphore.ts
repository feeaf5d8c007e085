// A counting semaphore with a FIFO queue. Waiting can be abandoned through an AbortSignal, and it keeps the
// high-water mark of concurrent holders so tests and dashboards can check the limit really held.

export interface TSemaphoreStats {
  limit: number;
  inFlight: number;
  waiting: number;
  maxInFlight: number;
}

interface TWaiter {
  grant: () => void;
}

export type TRelease = () => void;

export class Semaphore {
  #limit: number;
  #inFlight = 0;
  #maxInFlight = 0;
  readonly #waiters: TWaiter[] = [];

  constructor(limit: number) {
    this.#limit = limit;
  }

  /** Resolves with a release function once a slot is free; rejects with the signal's reason if aborted first. */
  acquire(signal?: AbortSignal): Promise<TRelease> {
    if (signal?.aborted) {
      return Promise.reject(signal.reason);
    }
    if (this.#inFlight < this.#limit && this.#waiters.length === 0) {
      return Promise.resolve(this.#take());
    }
    return new Promise<TRelease>((resolve, reject) => {
      const waiter: TWaiter = {
        grant: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve(this.#take());
        },
      };
      const onAbort = () => {
        const index = this.#waiters.indexOf(waiter);
        if (index >= 0) {
          this.#waiters.splice(index, 1);
        }
        reject(signal?.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#waiters.push(waiter);
    });
  }

  /** A new limit applies at once; raising it lets queued callers in. */
  setLimit(limit: number): void {
    this.#limit = limit;
    this.#drain();
  }

  get stats(): TSemaphoreStats {
    return {
      limit: this.#limit,
      inFlight: this.#inFlight,
      waiting: this.#waiters.length,
      maxInFlight: this.#maxInFlight,
    };
  }

  resetMaxInFlight(): void {
    this.#maxInFlight = this.#inFlight;
  }

  #take(): TRelease {
    this.#inFlight += 1;
    this.#maxInFlight = Math.max(this.#maxInFlight, this.#inFlight);
    let released = false;
    return () => {
      if (released) {
        return;
      }
      released = true;
      this.#inFlight -= 1;
      this.#drain();
    };
  }

  #drain(): void {
    while (this.#inFlight < this.#limit) {
      const next = this.#waiters.shift();
      if (!next) {
        return;
      }
      next.grant();
    }
  }
}
