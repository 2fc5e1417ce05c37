import { useState } from 'preact/hooks';
import { jsonErrorMessage } from '@/src/core/export/backup';
import { useClient } from '../data/client-context';
import { useI18n } from '../i18n/i18n-context';

/**
 * Import a Margin JSON backup or a Hypothesis JSON export. The file is checked to be JSON here
 * (with line and column on failure); the background validates the rest and writes everything
 * in one transaction or nothing, and its message is shown as is.
 */
export function ImportPanel() {
  const { t } = useI18n();
  const client = useClient();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ text: string; error?: boolean } | null>(null);

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setStatus(null);
    try {
      const text = await file.text();
      try {
        JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
      } catch (err) {
        throw new Error(t('importNotJson', { message: jsonErrorMessage(text, err) }));
      }
      const count = await client.importFile(text);
      setStatus({ text: t('importDone', { count }) });
    } catch (err) {
      setStatus({ text: t('importFailed', { message: (err as Error).message }), error: true });
    } finally {
      setBusy(false);
      input.value = '';
    }
  };

  return (
    <section class="import-panel" aria-labelledby="import-heading">
      <h2 id="import-heading" class="section-title">
        {t('import')}
      </h2>
      <p class="muted small" id="import-hint">
        {t('importHint')}
      </p>
      <label class="btn file-button">
        {t('importChoose')}
        <input
          type="file"
          accept=".json,application/json"
          class="sr-only"
          aria-describedby="import-hint"
          disabled={busy}
          onChange={(e) => void onFile(e.currentTarget as HTMLInputElement)}
        />
      </label>
      {busy && <span role="status"> {t('loading')}</span>}
      {status && (
        <p class={`status ${status.error ? 'status-error' : ''}`} role={status.error ? 'alert' : 'status'}>
          {status.text}
        </p>
      )}
    </section>
  );
}
