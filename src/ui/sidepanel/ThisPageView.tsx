import type { AnnotationRecord } from '@/src/storage/records';
import { DbError, EmptyState, Loading } from '../components/States';
import { useClient } from '../data/client-context';
import { useDatabase } from '../data/database-context';
import { findDocument } from '../data/queries/find-document';
import { pageEntities } from '../data/queries/page-entities';
import { inReadingOrder } from '../data/queries/reading-order';
import { safeHttpUrl } from '../data/safe-url';
import { useAsync } from '../data/use-async';
import { useCurrentPage } from '../data/use-current-page';
import { useLiveQuery } from '../data/use-live-query';
import { useI18n } from '../i18n/i18n-context';
import { AnnotationItem } from '../shared/AnnotationItem';
import { ArticleHeader } from '../shared/ArticleHeader';
import type { ToastMessage } from '../shared/Toast';
import { PageEntitiesList } from './PageEntitiesList';

/**
 * "This page": the article in the current tab, its annotations in reading order (click shows the
 * passage in the page), orphaned ones apart with a notice, and the entities found in it.
 */
export function ThisPageView(props: { onToast: (toast: ToastMessage) => void; tagNames: readonly string[] }) {
  const { t } = useI18n();
  const db = useDatabase();
  const client = useClient();
  const current = useCurrentPage();
  const tabId = current.state.status === 'ok' ? current.state.value.tabId : null;
  const url = current.state.status === 'ok' ? current.state.value.url : null;

  // Content scripts run on http(s) pages only: asking any other tab just logs a connection error.
  const reachable = tabId !== null && safeHttpUrl(url) !== null;
  const tabState = useAsync(
    async () => (reachable && tabId !== null ? client.getTabArticle(tabId) : null),
    [tabId, reachable, current.version],
  );
  const live = tabState.state.status === 'ok' ? tabState.state.value : null;

  const data = useLiveQuery(async () => {
    const doc = await findDocument(db, { documentId: live?.documentId, url });
    if (!doc) return null;
    const [annotations, entities] = await Promise.all([
      db.annotations.where('documentId').equals(doc.id).toArray(),
      pageEntities(db, doc.id),
    ]);
    return { doc, annotations: inReadingOrder(annotations), entities };
  }, [db, url, live?.documentId]);

  if (current.state.status === 'loading' || data.status === 'loading') return <Loading />;
  if (data.status === 'error') return <DbError error={data.error} onRetry={data.retry} />;
  if (tabId === null || !url) return <EmptyState title={t('pageNoTab')} hint={t('pageNoTabHint')} />;
  if (!data.value) return <EmptyState title={t('pageNotSaved')} hint={t('pageNotSavedHint')} />;

  const { doc, annotations, entities } = data.value;
  const placed = annotations.filter((a) => a.anchorState !== 'orphan');
  const orphans = annotations.filter((a) => a.anchorState === 'orphan');

  const goTo = async (a: AnnotationRecord) => {
    const found = await client.scrollToAnnotation(tabId, a.id).catch(() => false);
    if (!found) props.onToast({ text: t('pageScrollFailed'), error: true });
  };

  return (
    <div class="view page-view">
      <ArticleHeader
        headingLevel={2}
        title={doc.title}
        site={doc.siteName || doc.site}
        publishedAt={doc.publishedAt}
        byline={doc.byline}
      />
      <section aria-labelledby="page-annotations">
        <h3 id="page-annotations" class="section-title">
          {t('pageAnnotations')} ({placed.length})
        </h3>
        {placed.length === 0 ? (
          <p class="muted">{t('pageNoAnnotations')}</p>
        ) : (
          <ol class="annotation-list">
            {placed.map((a) => (
              <li key={a.id}>
                <AnnotationItem
                  annotation={a}
                  document={doc}
                  onGoTo={goTo}
                  onToast={props.onToast}
                  tagSuggestions={props.tagNames}
                />
              </li>
            ))}
          </ol>
        )}
      </section>
      {orphans.length > 0 && (
        <section aria-labelledby="page-orphans" class="orphans">
          <h3 id="page-orphans" class="section-title">
            {t('pageOrphans')} ({orphans.length})
          </h3>
          <p class="notice" role="note">
            {t('pageOrphansNotice')}
          </p>
          <ol class="annotation-list">
            {orphans.map((a) => (
              <li key={a.id}>
                <AnnotationItem
                  annotation={a}
                  document={doc}
                  onToast={props.onToast}
                  tagSuggestions={props.tagNames}
                />
              </li>
            ))}
          </ol>
        </section>
      )}
      <section aria-labelledby="page-entities">
        <h3 id="page-entities" class="section-title">
          {t('pageEntities')}
        </h3>
        <PageEntitiesList
          entities={entities}
          dateCount={live?.status === 'article' ? live.counts.date : null}
        />
      </section>
    </div>
  );
}
