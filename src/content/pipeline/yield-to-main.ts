/**
 * Lets the browser paint and handle input before the next step, so no single task of the pipeline runs
 * long (`scheduler.yield` where available: it keeps our place in the queue; else a macrotask).
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Throws the signal's reason when it was aborted (the page navigated away, or a newer run started). */
export function throwIfAborted(signal: AbortSignal): void {
  if (signal.aborted) throw signal.reason ?? new DOMException('Aborted', 'AbortError');
}
