import { useEffect, useState } from 'preact/hooks';
import { useClient } from './client-context';
import { useAsync } from './use-async';

/** The tab the side panel follows and its URL; both update when the person switches or navigates tabs. */
export function useCurrentPage() {
  const client = useClient();
  const [version, setVersion] = useState(0);
  useEffect(() => client.watchTab(() => setVersion((v) => v + 1)), [client]);
  const { state } = useAsync(async () => {
    const tabId = await client.currentTabId();
    const url = tabId === null ? null : await client.tabUrl(tabId);
    return { tabId, url };
  }, [client, version]);
  return { state, version };
}
