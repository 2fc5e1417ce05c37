import { useEffect, useState } from 'preact/hooks';

/** The state of a one-shot async call. */
export type AsyncState<T> =
  | { status: 'loading' }
  | { status: 'ok'; value: T }
  | { status: 'error'; error: unknown };

/**
 * Runs `run` when `deps` change and tracks its result; a stale result (deps changed meanwhile)
 * is dropped. `reload()` runs it again; `set()` replaces the value (e.g. after an action).
 */
export function useAsync<T>(run: () => Promise<T>, deps: readonly unknown[]) {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    run().then(
      (value) => current && setState({ status: 'ok', value }),
      (error: unknown) => current && setState({ status: 'error', error }),
    );
    return () => {
      current = false;
    };
  }, [...deps, attempt]);
  return {
    state,
    reload: () => setAttempt((n) => n + 1),
    set: (value: T) => setState({ status: 'ok', value }),
  };
}
