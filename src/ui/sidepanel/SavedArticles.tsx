import { useState } from 'preact/hooks';
import type { DocumentRecord } from '@/src/storage/records';
import { useDatabase } from '../data/database-context';
import { safeHttpUrl } from '../data/safe-url';
import { useLiveQuery } from '../data/use-live-query';
import { useI18n } from '../i18n/i18n-context';

/** How many recently visited articles the list shows. */
const RECENT = 30;

/**
 * The articles Margin saved, most recently visited first, live: what was read, even where nothing was
 * highlighted. Collapsed by default so the annotations stay the Library's main list.
 *
 * Both reads wait: IndexedDB serves a page's requests one after another, and counting thousands of
 * documents takes tens of milliseconds, so the count is asked for once the Library's first page is in
 * (`ready`); the 30 documents of the list only when it is opened. While the count is on its way the
 * heading holds its place above rows already shown (`hasRows`), so they do not move when it arrives.
 */
export function SavedArticles(props: { ready: boolean; hasRows: boolean }) {
  const { t, date } = useI18n();
  const db = useDatabase();
  const [open, setOpen] = useState(false);
  const count = useLiveQuery<number | null>(
    () => (props.ready ? db.documents.count() : null),
    [db, props.ready],
  );
  const recent = useLiveQuery<DocumentRecord[] | null>(
    () => (open ? db.documents.orderBy('lastVisitedAt').reverse().limit(RECENT).toArray() : null),
    [db, open],
  );
  const known = count.status === 'ok' && count.value !== null ? count.value : undefined;
  // Nothing to list, the count unreadable (the Library shows the database's error), or nothing to hold
  // a place for yet.
  if (known === 0 || count.status === 'error' || (known === undefined && !props.hasRows)) {
    if (open) setOpen(false);
    return null;
  }
  const docs = recent.status === 'ok' ? recent.value : null;
  return (
    <details
      class="saved-articles"
      open={open}
      onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>
        {known === undefined ? t('savedArticlesHeading') : t('savedArticles', { count: known })}
      </summary>
      {open && recent.status === 'loading' && <p class="muted small">{t('loading')}</p>}
      {open && recent.status === 'error' && (
        <p class="muted small" role="alert">
          {t('savedArticlesError')}
        </p>
      )}
      {docs && (
        <ol class="saved-article-list">
          {docs.map((doc) => (
            <li key={doc.id}>
              <a href={safeHttpUrl(doc.url) ?? undefined} target="_blank" rel="noreferrer noopener">
                {doc.title || doc.url}
              </a>
              <span class="muted small">
                {' '}
                {doc.siteName || doc.site}
                {doc.publishedAt ? ` · ${date(doc.publishedAt)}` : ''}
              </span>
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
