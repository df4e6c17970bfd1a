/**
 * A per-query deadline joined with the caller's cancellation: one AbortSignal that fires on
 * whichever comes first, and tells which it was. Every network call in the live resolvers
 * runs under one of these.
 */

export interface Deadline {
  readonly signal: AbortSignal;
  /** True once the time limit (not the caller) aborted the query. */
  timedOut(): boolean;
  /** True once the caller's signal aborted the query. */
  cancelled(): boolean;
  /** Clears the timer and the listener; call when the query is over. */
  dispose(): void;
}

export function deadline(timeoutMs: number, outer?: AbortSignal): Deadline {
  const controller = new AbortController();
  let timedOut = false;
  const onAbort = () => controller.abort();
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, Math.max(0, timeoutMs));
  if (outer) {
    if (outer.aborted) controller.abort();
    else outer.addEventListener('abort', onAbort, { once: true });
  }
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    cancelled: () => !timedOut && (outer?.aborted ?? false),
    dispose() {
      clearTimeout(timer);
      outer?.removeEventListener('abort', onAbort);
    },
  };
}

/** Resolves with `value` when `signal` aborts (immediately when it already has). */
export function onAbort<T>(signal: AbortSignal, value: () => T): Promise<T> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve(value());
    else signal.addEventListener('abort', () => resolve(value()), { once: true });
  });
}
