import { useState } from 'preact/hooks';
import { useDatabase } from '../data/database-context';
import { downloadText, exportFileName } from '../data/export/download';
import { EXPORT_FORMATS, type ExportFormat } from '../data/export/formats';
import { type ExportScope, gatherLibrary } from '../data/export/gather-library';
import type { LibraryFilter } from '../data/library-filter';
import { findDocument } from '../data/queries/find-document';
import { useCurrentPage } from '../data/use-current-page';
import { useLiveQuery } from '../data/use-live-query';
import { useI18n } from '../i18n/i18n-context';

type ScopeKind = ExportScope['kind'];

/** Resolves after the next frame has been painted (a timer after the animation frame). */
function nextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/**
 * Export: choose the scope (this article, the Library's current filter, everything) and a format,
 * then download. Shows progress while reading a large library and says where the file went.
 */
export function ExportPanel(props: { filter: LibraryFilter }) {
  const { t, number } = useI18n();
  const db = useDatabase();
  const current = useCurrentPage();
  const url = current.state.status === 'ok' ? current.state.value.url : null;
  const doc = useLiveQuery(() => findDocument(db, { url }), [db, url]);
  const article = doc.status === 'ok' ? doc.value : undefined;

  // Until the person picks, the scope follows the page: this article when there is one.
  const [picked, setScope] = useState<ScopeKind | null>(null);
  const scope: ScopeKind = picked ?? (article ? 'article' : 'all');
  const [formatId, setFormatId] = useState<ExportFormat['id']>('markdown');
  // Reading the records (counted), then writing the file (one step: a frame is let through first so
  // its line shows, since formatting a large library takes seconds).
  const [progress, setProgress] = useState<
    { stage: 'reading'; done: number; total: number } | { stage: 'building'; count: number } | null
  >(null);
  const [status, setStatus] = useState<{ text: string; error?: boolean } | null>(null);

  const run = async () => {
    const format = EXPORT_FORMATS.find((f) => f.id === formatId);
    if (!format?.render) return setStatus({ text: t('exportUnavailable'), error: true });
    const chosen: ExportScope =
      scope === 'article' && article
        ? { kind: 'article', documentId: article.id }
        : scope === 'filter'
          ? { kind: 'filter', filter: props.filter }
          : { kind: 'all' };
    setStatus(null);
    setProgress({ stage: 'reading', done: 0, total: 0 });
    try {
      const library = await gatherLibrary(db, chosen, (done, total) =>
        setProgress({ stage: 'reading', done, total }),
      );
      if (library.annotations.length === 0 && chosen.kind !== 'all') {
        setStatus({ text: t('exportNothing') });
        return;
      }
      const now = new Date();
      const what =
        chosen.kind === 'article'
          ? (article?.title ?? 'article')
          : chosen.kind === 'filter'
            ? 'library'
            : 'all';
      const name = exportFileName(what, now, format.extension);
      setProgress({ stage: 'building', count: library.annotations.length });
      await nextPaint();
      downloadText(document, name, format.render(library, now), format.mime);
      setStatus({ text: t('exportDone', { file: name }) });
    } catch (err) {
      setStatus({ text: t('actionFailed', { message: (err as Error).message }), error: true });
    } finally {
      setProgress(null);
    }
  };

  return (
    <section class="export-panel" aria-labelledby="export-heading">
      <h2 id="export-heading" class="section-title">
        {t('export')}
      </h2>
      <fieldset class="scope">
        <legend>{t('exportScope')}</legend>
        {(['article', 'filter', 'all'] as const).map((kind) => (
          <label key={kind} class="scope-option">
            <input
              type="radio"
              name="export-scope"
              value={kind}
              checked={scope === kind}
              disabled={kind === 'article' && !article}
              onChange={() => setScope(kind)}
            />
            <span>
              {t(
                kind === 'article'
                  ? 'exportScopeArticle'
                  : kind === 'filter'
                    ? 'exportScopeFilter'
                    : 'exportScopeAll',
              )}
              {kind === 'article' && (
                <span class="muted small clamp-2">
                  {article ? article.title : t('exportScopeArticleNone')}
                </span>
              )}
            </span>
          </label>
        ))}
      </fieldset>
      <div class="row">
        <label class="row">
          {t('exportFormat')}
          <select
            value={formatId}
            onChange={(e) => setFormatId((e.currentTarget as HTMLSelectElement).value as ExportFormat['id'])}
          >
            {EXPORT_FORMATS.map((f) => (
              <option key={f.id} value={f.id} disabled={!f.render}>
                {t(f.label)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" class="btn btn-primary" disabled={progress !== null} onClick={() => void run()}>
          {t('exportRun')}
        </button>
      </div>
      {progress && (
        <div class="progress" role="status">
          {progress.stage === 'reading' ? (
            <progress
              aria-labelledby="export-progress"
              value={progress.done}
              max={progress.total || undefined}
            />
          ) : (
            <progress aria-labelledby="export-progress" />
          )}
          <span class="small" id="export-progress">
            {progress.stage === 'reading'
              ? t('exportProgress', { done: number(progress.done), total: number(progress.total) })
              : t('exportBuilding', { count: progress.count })}
          </span>
        </div>
      )}
      {status && (
        <p class={`status ${status.error ? 'status-error' : ''}`} role={status.error ? 'alert' : 'status'}>
          {status.text}
        </p>
      )}
    </section>
  );
}
