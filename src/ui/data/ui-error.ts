import type { MessageKey } from '../i18n/types';

/**
 * A failure the UI itself names (not the background): carries the message key to show it in the
 * reader's language; `message` stays English for logs.
 */
export class UiError extends Error {
  override name = 'UiError';
  constructor(
    readonly key: MessageKey,
    message: string,
  ) {
    super(message);
  }
}
