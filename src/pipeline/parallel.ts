// Runs the kommuner of a batch side by side, at most `limit` at once, results in input order; and
// a gate that lets at most a few of them into one step (the print) at a time.

/** Maps `items` with at most `limit` calls in flight; stops starting new ones once `signal` aborts. */
export async function mapBounded<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
  signal?: AbortSignal,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length && !signal?.aborted) {
      const index = next++;
      results[index] = await fn(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

export interface Slots {
  /** Runs `work` once one of the slots is free; a slot is taken in the order asked. */
  run<T>(work: () => Promise<T>): Promise<T>;
}

/** At most `count` calls of `run` in flight at once, the others waiting their turn. */
export function slots(count: number): Slots {
  let free = Math.max(1, count);
  const waiting: (() => void)[] = [];
  return {
    async run<T>(work: () => Promise<T>): Promise<T> {
      if (free > 0) free--;
      else await new Promise<void>((resolve) => waiting.push(resolve));
      try {
        return await work();
      } finally {
        const next = waiting.shift();
        if (next) next(); // the slot passes on directly
        else free++;
      }
    },
  };
}
