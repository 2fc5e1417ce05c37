import { UiError } from '../data/ui-error';
import type { I18n } from './i18n-context';

/**
 * What to show a reader for a failure: UI errors in the UI's language; the background's replies as
 * they came (it words them in the reader's language already); anything else by its message.
 */
export function errorText(t: I18n['t'], error: unknown): string {
  if (error instanceof UiError) return t(error.key);
  return error instanceof Error ? error.message : String(error);
}
