import { useState } from 'preact/hooks';
import type { DocumentRecord } from '@/src/storage/records';
import { useDatabase } from '../data/database-context';
import { useLiveQuery } from '../data/use-live-query';
import { useI18n } from '../i18n/i18n-context';

/** How many recently visited articles the list shows. */
const RECENT = 30;

/**
 * The articles Margin saved, most recently visited first, live: what was read, even where nothing was
 * highlighted. Collapsed by default so the annotations stay the Library's main list.
 *
 * Both reads wait: IndexedDB serves a page's requests one after another, and counting thousands of
 * documents takes tens of milliseconds, so the count is asked for once the Library's first rows are
 * shown (`ready`); the list, whole documents with their text, only when it is opened. Until the count
 * is known the heading holds its place, so the rows below do not move when it arrives.
 */
export function SavedArticles(props: { ready: boolean }) {
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
  if (known === 0 || count.status === 'error') return null;
  const docs = recent.status === 'ok' ? recent.value : null;
  return (
    <details class="saved-articles" onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>
        {known === undefined ? t('savedArticlesHeading') : t('savedArticles', { count: known })}
      </summary>
      {open && !docs && <p class="muted small">{t('loading')}</p>}
      {docs && (
        <ol class="saved-article-list">
          {docs.map((doc) => (
            <li key={doc.id}>
              <a href={safeHttpUrl(doc.url)} target="_blank" rel="noreferrer noopener">
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

/** Only http(s) addresses become links: a stored URL is page data. */
function safeHttpUrl(url: string): string | undefined {
  return /^https?:\/\//i.test(url) ? url : undefined;
}
