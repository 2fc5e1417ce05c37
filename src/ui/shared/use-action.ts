import { useState } from 'preact/hooks';
import { errorText } from '../i18n/error-text';
import { useI18n } from '../i18n/i18n-context';

/**
 * Runs user actions one at a time and keeps the last failure's message for display
 * (the background's replies carry readable messages).
 */
export function useAction() {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (work: () => Promise<unknown>): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      await work();
      return true;
    } catch (err) {
      setError(errorText(t, err));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run, clearError: () => setError(null) };
}
