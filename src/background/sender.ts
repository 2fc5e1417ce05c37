import { normaliseUrl } from '@/src/core/urls/normalise-url';

/** The part of `runtime.MessageSender` the background reads. */
export type Sender = { id?: string; url?: string; origin?: string; tab?: { id?: number; url?: string } };

/** Who sent a message, as far as the background trusts it. */
export type SenderInfo =
  | { kind: 'extension-page' }
  | { kind: 'content'; url: string; tabId: number | undefined }
  | { kind: 'unknown' };

/**
 * Classifies a sender. An extension page (popup, side panel, options, even opened in a tab) has a URL
 * under the extension's origin; a content script's `sender.url` is its frame's page URL, set by the
 * browser, which the page cannot forge.
 *
 * @param extensionOrigin `runtime.getURL('/')`, e.g. `chrome-extension://<id>/`
 */
export function classifySender(sender: Sender | undefined, extensionOrigin: string): SenderInfo {
  const url = sender?.url;
  if (typeof url === 'string' && url.startsWith(extensionOrigin)) return { kind: 'extension-page' };
  if (typeof url === 'string' && normaliseUrl(url) !== null) {
    return { kind: 'content', url, tabId: sender?.tab?.id };
  }
  return { kind: 'unknown' };
}
