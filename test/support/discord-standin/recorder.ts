const DEFAULT_WAIT_MS = 5_000;

export interface WaitOptions {
  timeoutMs?: number;
}

interface WaitSpec<T> extends WaitOptions {
  /** Names what is awaited in timeout errors, e.g. "the callback for interaction 123". */
  what: string;
  matches: (entry: T) => boolean;
  /** Extra context appended to the timeout error (e.g. rejected attempts). */
  explain?: () => string;
}

interface Waiter<T> {
  matches: (entry: T) => boolean;
  settle: (result: { entry: T } | { error: Error }) => void;
  what: string;
}

/** An append-only log whose waits see past entries as well as future ones, and always time out. */
export class Recorder<T> {
  readonly entries: T[] = [];
  readonly #waiters = new Set<Waiter<T>>();
  #closed = false;

  push(entry: T): void {
    this.entries.push(entry);
    for (const waiter of [...this.#waiters]) {
      if (waiter.matches(entry)) waiter.settle({ entry });
    }
  }

  waitFor({ what, matches, explain, timeoutMs = DEFAULT_WAIT_MS }: WaitSpec<T>): Promise<T> {
    const found = this.entries.find(matches);
    if (found !== undefined) return Promise.resolve(found);
    if (this.#closed) return Promise.reject(new Error(`Discord stand-in is closed; cannot wait for ${what}`));

    return new Promise<T>((resolve, reject) => {
      const waiter: Waiter<T> = {
        matches,
        what,
        settle: (result) => {
          clearTimeout(timer);
          this.#waiters.delete(waiter);
          if ('entry' in result) resolve(result.entry);
          else reject(result.error);
        },
      };
      const timer = setTimeout(() => {
        const context = explain?.();
        const message = `Discord stand-in: timed out after ${timeoutMs} ms waiting for ${what}`;
        waiter.settle({ error: new Error(context ? `${message} (${context})` : message) });
      }, timeoutMs);
      this.#waiters.add(waiter);
    });
  }

  close(): void {
    this.#closed = true;
    for (const waiter of [...this.#waiters]) {
      waiter.settle({ error: new Error(`Discord stand-in closed while waiting for ${waiter.what}`) });
    }
  }
}
