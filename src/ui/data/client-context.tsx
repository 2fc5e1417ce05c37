import type { ComponentChildren } from 'preact';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { UiClient } from './ui-client';

const ClientContext = createContext<UiClient | null>(null);

/** Gives the tree the {@link UiClient} through which every write and tab action goes. */
export function ClientProvider(props: { client: UiClient; children: ComponentChildren }) {
  return <ClientContext.Provider value={props.client}>{props.children}</ClientContext.Provider>;
}

/** The client given by {@link ClientProvider}; throws when there is none (a wiring bug). */
export function useClient(): UiClient {
  const client = useContext(ClientContext);
  if (!client) throw new Error('useClient() outside <ClientProvider>');
  return client;
}
