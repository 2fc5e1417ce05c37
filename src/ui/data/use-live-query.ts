import { liveQuery } from 'dexie';
import { useLayoutEffect, useState } from 'preact/hooks';
import { useOptionalDatabase } from './database-context';

/** The state of a live query: loading until the first result, then a value or an error. */
export type LiveResult<T> =
  | { status: 'loading' }
  /** `stale`: the value is the previous query's, shown while the new one (changed deps) runs. */
  | { status: 'ok'; value: T; stale?: boolean }
  | { status: 'error'; error: unknown };

/** The database could not be opened at all (not merely closed for an upgrade): shown, never waited on. */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}

/**
 * Dexie's liveQuery waits silently on a DatabaseClosedError, expecting the database to reopen (right
 * for an upgrade in another tab). When the open itself failed (the error carries the cause: disk
 * error, storage disabled, private window), nothing will reopen it and the view would say "Loading…"
 * forever, so that case becomes an error the view shows, with Retry.
 */
function surfaceOpenFailure(error: unknown): never {
  type Chained = { name?: unknown; message?: unknown; inner?: Chained | null } | null;
  const e = error as Chained;
  if (e?.name === 'DatabaseClosedError' && e.inner && e.inner.name !== 'DatabaseClosedError') {
    // The browser's own error, at the end of Dexie's chain: Dexie's wrappers repeat its message in theirs.
    let cause: Chained = e.inner;
    while (cause?.inner) cause = cause.inner;
    const name = String(cause?.name);
    const message = String(cause?.message ?? '');
    throw new DatabaseUnavailableError(message.startsWith(name) ? message : `${name}: ${message}`, {
      cause: error,
    });
  }
  throw error;
}

/**
 * Runs `querier` as a Dexie `liveQuery` and re-renders with each new result: any write to the
 * tables it read, from this page, the background or another tab, re-runs it. `deps` restart the
 * query. The previous value stays on screen while a new one loads, so filtering does not flash.
 * `retry()` re-subscribes after an error, first reopening the page's database if its open had failed.
 */
export function useLiveQuery<T>(
  querier: () => Promise<T> | T,
  deps: readonly unknown[],
): LiveResult<T> & { retry: () => void } {
  const [state, setState] = useState<LiveResult<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const db = useOptionalDatabase();

  // A layout effect: the query starts in the same task as the render that asked for it. A plain effect
  // waits for the next frame to be painted, which put a frame (up to ~16 ms) before every first read.
  useLayoutEffect(() => {
    setState((s) => (s.status === 'ok' && !s.stale ? { ...s, stale: true } : s));
    const guarded = () => {
      const result = querier();
      // `then` on the query's own promise keeps Dexie's live-query zone (no native await in between).
      return result instanceof Object && 'then' in result
        ? (result as Promise<T>).then(undefined, surfaceOpenFailure)
        : result;
    };
    const subscription = liveQuery(guarded).subscribe({
      next: (value) => setState({ status: 'ok', value }),
      error: (error: unknown) => setState({ status: 'error', error }),
    });
    return () => subscription.unsubscribe();
  }, [...deps, attempt]);

  const retry = () => {
    const again = () => setAttempt((n) => n + 1);
    // A database whose open failed stays failed in Dexie until it is opened again explicitly.
    if (db?.hasFailed()) void db.open().then(again, again);
    else again();
  };
  return { ...state, retry };
}
