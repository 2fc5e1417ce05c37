import { useEffect, useRef } from 'preact/hooks';
import type { MarginDatabase } from '@/src/storage/create-database';
import type { StoredDocument } from '@/src/storage/records';
import { DbError, Loading } from '../components/States';
import { useDatabase } from '../data/database-context';
import { safeHttpUrl } from '../data/safe-url';
import { useLiveQuery } from '../data/use-live-query';
import { useI18n } from '../i18n/i18n-context';
import { kindLabelOne } from '../shared/kinds';

/** Everything known about one entity: the record, the documents that mention it, the quotes. */
async function entityDetail(db: MarginDatabase, key: string) {
  const entity = await db.entities.get(key);
  if (!entity) return null;
  const [mentions, quotes] = await Promise.all([
    db.mentions.where('entityKey').equals(key).toArray(),
    db.annotations.where('entityKeys').equals(key).toArray(),
  ]);
  const docs = (await db.documents.bulkGet(mentions.map((m) => m.documentId))).filter(
    (d): d is StoredDocument => d !== undefined,
  );
  docs.sort(
    (a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '') || b.lastVisitedAt - a.lastVisitedAt,
  );
  const titlesByDoc = new Map(mentions.map((m) => [m.documentId, m.titles]));
  quotes.sort((a, b) => b.createdAt - a.createdAt);
  return { entity, docs, titlesByDoc, quotes, sites: new Set(mentions.map((m) => m.site)).size };
}

/** One tracked official or organisation across sites: titles over time, articles, the user's quotes. */
export function EntityDetail(props: { entityKey: string; onBack: () => void }) {
  const { t, date } = useI18n();
  const db = useDatabase();
  const heading = useRef<HTMLHeadingElement>(null);
  const result = useLiveQuery(() => entityDetail(db, props.entityKey), [db, props.entityKey]);
  const loaded = result.status === 'ok';
  useEffect(() => {
    // Move focus to the new content so keyboard and screen-reader users land on it.
    if (loaded) heading.current?.focus();
  }, [loaded]);

  const back = (
    <button type="button" class="btn-link small" onClick={props.onBack}>
      ← {t('entityBack')}
    </button>
  );
  if (result.status === 'loading') return <Loading />;
  if (result.status === 'error') return <DbError error={result.error} onRetry={result.retry} />;
  if (!result.value) return back;
  const { entity, docs, titlesByDoc, quotes, sites } = result.value;
  const titles = [...entity.titles].sort((a, b) => a.firstSeenAt - b.firstSeenAt);

  return (
    <div class={`view entity-detail kind-${entity.type}`}>
      {back}
      <h2 ref={heading} tabIndex={-1}>
        <span class="kind-mark" aria-hidden="true" />
        {entity.name}
      </h2>
      <p class="muted small">
        {t(kindLabelOne[entity.type])} · {t('entityArticles', { count: docs.length })} ·{' '}
        {t('entitySites', { count: sites })}
      </p>
      {titles.length > 0 && (
        <section aria-labelledby="entity-titles">
          <h3 id="entity-titles" class="section-title">
            {t('entityTitlesOverTime')}
          </h3>
          <ul class="titles-over-time">
            {titles.map((title) => (
              <li key={title.text}>
                <strong>{title.text}</strong>{' '}
                <span class="muted small">
                  {date(title.firstSeenAt) === date(title.lastSeenAt)
                    ? t('entitySeenOn', { date: date(title.firstSeenAt) })
                    : t('entityFirstLast', { first: date(title.firstSeenAt), last: date(title.lastSeenAt) })}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="entity-articles">
        <h3 id="entity-articles" class="section-title">
          {t('entityArticlesHeading')}
        </h3>
        <ul class="entity-articles">
          {docs.map((doc) => {
            const url = safeHttpUrl(doc.url);
            const given = titlesByDoc.get(doc.id) ?? [];
            return (
              <li key={doc.id}>
                {url ? (
                  <a href={url} target="_blank" rel="noreferrer">
                    {doc.title || doc.site}
                  </a>
                ) : (
                  <span>{doc.title || doc.site}</span>
                )}
                <span class="muted small">
                  {' · '}
                  {doc.siteName || doc.site}
                  {doc.publishedAt ? ` · ${date(doc.publishedAt)}` : ''}
                </span>
                {given.length > 0 && <div class="small">{given.join('; ')}</div>}
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-labelledby="entity-quotes">
        <h3 id="entity-quotes" class="section-title">
          {t('entityQuotesHeading')}
        </h3>
        {quotes.length === 0 ? (
          <p class="muted">{t('entityNoQuotes')}</p>
        ) : (
          <ul class="entity-quotes">
            {quotes.map((q) => (
              <li key={q.id} class={`colour-${q.colour}`}>
                <blockquote class="quote">{q.quote}</blockquote>
                {q.note && <p class="note-text small">{q.note}</p>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
