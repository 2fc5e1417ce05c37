import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/** The state of a live query: loading until the first result, then a value or an error. */
export type LiveResult<T> =
  | { status: 'loading' }
  | { status: 'ok'; value: T }
  | { status: 'error'; error: unknown };

/**
 * Runs `querier` as a Dexie `liveQuery` and re-renders with each new result: any write to the
 * tables it read, from this page, the background or another tab, re-runs it. `deps` restart the
 * query. The previous value stays on screen while a new one loads, so filtering does not flash.
 * `retry()` re-subscribes after an error.
 */
export function useLiveQuery<T>(
  querier: () => Promise<T> | T,
  deps: readonly unknown[],
): LiveResult<T> & { retry: () => void } {
  const [state, setState] = useState<LiveResult<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const subscription = liveQuery(querier).subscribe({
      next: (value) => setState({ status: 'ok', value }),
      error: (error: unknown) => setState({ status: 'error', error }),
    });
    return () => subscription.unsubscribe();
  }, [...deps, attempt]);

  return { ...state, retry: () => setAttempt((n) => n + 1) };
}
