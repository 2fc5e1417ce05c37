import { useDatabase } from '../data/database-context';
import { useLiveQuery } from '../data/use-live-query';
import { useI18n } from '../i18n/i18n-context';

/** How many recently visited articles the list shows. */
const RECENT = 30;

/**
 * The articles Margin saved, most recently visited first, live: what was read, even where nothing was
 * highlighted. Collapsed by default so the annotations stay the Library's main list.
 */
export function SavedArticles() {
  const { t, date } = useI18n();
  const db = useDatabase();
  const result = useLiveQuery(async () => {
    const [count, recent] = await Promise.all([
      db.documents.count(),
      db.documents.orderBy('lastVisitedAt').reverse().limit(RECENT).toArray(),
    ]);
    return { count, recent };
  }, [db]);
  if (result.status !== 'ok' || result.value.count === 0) return null;
  const { count, recent } = result.value;
  return (
    <details class="saved-articles">
      <summary>{t('savedArticles', { count })}</summary>
      <ol class="saved-article-list">
        {recent.map((doc) => (
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
    </details>
  );
}

/** Only http(s) addresses become links: a stored URL is page data. */
function safeHttpUrl(url: string): string | undefined {
  return /^https?:\/\//i.test(url) ? url : undefined;
}
