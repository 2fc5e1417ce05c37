import { onMessage } from '@/src/messaging/protocol';
import type { BackgroundMessages, createHandlers } from './handlers';

/**
 * Registers every background handler with the messenger.
 *
 * @returns a function that removes them all
 */
export function registerHandlers(handlers: ReturnType<typeof createHandlers>): () => void {
  const removers = (Object.keys(handlers) as (keyof BackgroundMessages)[]).map((type) =>
    // biome-ignore lint/suspicious/noExplicitAny: the messenger's per-key types do not narrow on a union key.
    onMessage(type, (message: any) => (handlers[type] as any)(message.data, message.sender)),
  );
  return () => {
    for (const remove of removers) remove();
  };
}
