import { useEffect, useRef, useState } from 'preact/hooks';
import { IMPORT_MAX_BYTES } from '@/src/messaging/import-limits';
import type { ImportResult } from '@/src/messaging/protocol';
import { useClient } from '../data/client-context';
import { ImportFailure, type ImportStage } from '../data/import-upload';
import { useI18n } from '../i18n/i18n-context';

type Outcome =
  | { kind: 'done'; result: ImportResult }
  | { kind: 'error'; text: string }
  | { kind: 'cancelled' };

/** Records left out and warnings shown under the summary, at most. */
const LISTED = 20;

/**
 * Import a Margin JSON backup or a Hypothesis JSON export. The file goes to the background in parts
 * (see `uploadImport`); the background parses it once, plans the merge and writes everything in one
 * transaction or nothing. Each stage is shown with a progress bar (reading, sending x of y MB, checking,
 * writing n of N annotations); Cancel works until writing begins; the end says what was imported, or
 * why nothing was.
 */
export function ImportPanel() {
  const { t, lang } = useI18n();
  const client = useClient();
  const [stage, setStage] = useState<ImportStage | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const abort = useRef<AbortController | null>(null);
  // A closed panel stops sending; a job already committed finishes in the background.
  useEffect(() => () => abort.current?.abort(), []);

  const mb = (bytes: number) =>
    new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(bytes / 1e6);

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setOutcome(null);
    setCancelling(false);
    if (file.size > IMPORT_MAX_BYTES) {
      setOutcome({
        kind: 'error',
        text: t('importTooLarge', { size: mb(file.size), max: IMPORT_MAX_BYTES / 1e6 }),
      });
      return;
    }
    const controller = new AbortController();
    abort.current = controller;
    setStage({ stage: 'reading' });
    try {
      const result = await client.importFile(file, { onProgress: setStage, signal: controller.signal });
      setOutcome({ kind: 'done', result });
    } catch (err) {
      if (err instanceof ImportFailure && err.kind === 'cancelled') setOutcome({ kind: 'cancelled' });
      else if (err instanceof ImportFailure && err.kind === 'interrupted')
        setOutcome({ kind: 'error', text: t('importInterrupted') });
      else setOutcome({ kind: 'error', text: t('importFailed', { message: (err as Error).message }) });
    } finally {
      abort.current = null;
      setStage(null);
    }
  };

  const busy = stage !== null;
  // Cancel until the background starts writing; then the import is all but done.
  const cancellable = busy && stage.stage !== 'writing';

  return (
    <section class="import-panel" aria-labelledby="import-heading" aria-busy={busy}>
      <h2 id="import-heading" class="section-title">
        {t('import')}
      </h2>
      <p class="muted small" id="import-hint">
        {t('importHint')}
      </p>
      <label class={`btn file-button ${busy ? 'disabled' : ''}`}>
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
      {stage && <ImportProgress stage={stage} mb={mb} />}
      {cancellable && (
        <button
          type="button"
          class="btn import-cancel"
          onClick={() => {
            setCancelling(true);
            abort.current?.abort();
          }}
          disabled={cancelling}
        >
          {cancelling ? t('importCancelling') : t('importCancel')}
        </button>
      )}
      {outcome && <ImportOutcome outcome={outcome} />}
    </section>
  );
}

/** The stage in words (announced when the stage changes) and a progress bar with its numbers. */
function ImportProgress(props: { stage: ImportStage; mb: (bytes: number) => string }) {
  const { t, number } = useI18n();
  const { stage, mb } = props;
  const label =
    stage.stage === 'reading'
      ? t('importReading')
      : stage.stage === 'sending'
        ? t('importSending')
        : stage.stage === 'checking'
          ? t('importChecking')
          : t('importWriting');
  const detail =
    stage.stage === 'sending'
      ? t('importSendingDetail', { done: mb(stage.sentBytes), total: mb(stage.totalBytes) })
      : stage.stage === 'writing'
        ? t('importWritingDetail', { done: number(stage.done), total: number(stage.total) })
        : '';
  const value =
    stage.stage === 'sending'
      ? { value: stage.sentBytes, max: stage.totalBytes || 1 }
      : stage.stage === 'writing'
        ? { value: stage.done, max: stage.total || 1 }
        : {}; // reading, checking: indeterminate
  return (
    <div class="progress import-progress">
      <span role="status" id="import-stage" class="small import-stage">
        {label}
      </span>
      <progress aria-labelledby="import-stage" aria-valuetext={detail || undefined} {...value} />
      {detail && (
        <span class="small muted" aria-hidden="true">
          {detail}
        </span>
      )}
    </div>
  );
}

/** How the import ended: the summary (with what was left out), or why nothing was imported. */
function ImportOutcome(props: { outcome: Outcome }) {
  const { t } = useI18n();
  const { outcome } = props;
  if (outcome.kind === 'error') {
    return (
      <p class="status status-error" role="alert">
        {outcome.text}
      </p>
    );
  }
  if (outcome.kind === 'cancelled') {
    return (
      <p class="status" role="status">
        {t('importCancelled')}
      </p>
    );
  }
  const { summary, skipped, warnings, empty } = outcome.result;
  const docs = summary.documents ?? { added: 0, updated: 0 };
  const notes = summary.annotations ?? { added: 0, updated: 0 };
  const notices = [...skipped, ...warnings];
  return (
    <div class="status import-result" role="status">
      <p>
        <strong>{t('importDone', { count: notes.added + notes.updated })}</strong>
      </p>
      <p class="small">
        {empty
          ? t('importNothingNew')
          : t('importSummary', {
              docsAdded: docs.added,
              docsUpdated: docs.updated,
              added: notes.added,
              updated: notes.updated,
            })}
      </p>
      {notices.length > 0 && (
        <details class="small">
          <summary>{t('importNotices', { count: notices.length })}</summary>
          <ul>
            {notices.slice(0, LISTED).map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
          {notices.length > LISTED && <p>{t('importNoticesMore', { count: notices.length - LISTED })}</p>}
        </details>
      )}
    </div>
  );
}
