import { useEffect } from 'preact/hooks';
import { IMPORT_MAX_BYTES } from '@/src/messaging/import-limits';
import { useClient } from '../data/client-context';
import type { ImportStage } from '../data/import-upload';
import { useI18n } from '../i18n/i18n-context';
import { type ImportOutcome, useImportRunner } from './import-runner';

/** Megabytes (10^6 bytes, as file managers show them) with one decimal. */
function megabytes(lang: string, bytes: number): string {
  return new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
    bytes / 1e6,
  );
}

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
  const { t } = useI18n();
  const client = useClient();
  const [runner, { stage, outcome, cancelling }] = useImportRunner(client);
  useEffect(() => {
    void runner.resume();
  }, [runner]);

  const onFile = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (file) void runner.start(file);
  };

  const busy = stage !== null;
  // Cancel until the background starts writing; then the import is all but done.
  const cancellable = busy && stage.stage !== 'writing';

  return (
    <section class="import-panel" aria-labelledby="import-heading">
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
          onChange={(e) => onFile(e.currentTarget as HTMLInputElement)}
        />
      </label>
      {stage && <ImportProgress stage={stage} />}
      {cancellable && (
        <button type="button" class="btn import-cancel" onClick={() => runner.cancel()} disabled={cancelling}>
          {cancelling ? t('importCancelling') : t('importCancel')}
        </button>
      )}
      {outcome && <ImportOutcomeView outcome={outcome} />}
    </section>
  );
}

/** The stage in words (announced when the stage changes) and a progress bar with its numbers. */
function ImportProgress(props: { stage: ImportStage }) {
  const { t, number, lang } = useI18n();
  const { stage } = props;
  const mb = (bytes: number) => megabytes(lang, bytes);
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
      {/* Always there (a no-break space when a stage has no figures), so the panel keeps its height. */}
      <span class="small muted" aria-hidden="true">
        {detail || '\u00a0'}
      </span>
    </div>
  );
}

/** How the import ended: the summary (with what was left out), or why nothing was imported. */
function ImportOutcomeView(props: { outcome: ImportOutcome }) {
  const { t, lang } = useI18n();
  const { outcome } = props;
  if (outcome.kind !== 'done' && outcome.kind !== 'cancelled') {
    const text =
      outcome.kind === 'interrupted'
        ? t('importInterrupted')
        : outcome.kind === 'lost'
          ? outcome.message // the background's own words, in the reader's language
          : outcome.kind === 'too-large'
            ? t('importTooLarge', {
                size: megabytes(lang, outcome.bytes),
                max: IMPORT_MAX_BYTES / 1e6,
              })
            : t('importFailed', { message: outcome.message });
    return (
      <p class="status status-error" role="alert">
        {text}
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
