import { useI18n } from '../i18n/i18n-context';

/** Title, site, date and byline of an article, as text (never markup). */
export function ArticleHeader(props: {
  title?: string;
  site?: string;
  publishedAt?: string;
  byline?: string;
  headingLevel?: 1 | 2;
}) {
  const { t, date } = useI18n();
  const Heading = props.headingLevel === 2 ? 'h2' : 'h1';
  const published = date(props.publishedAt);
  return (
    <header class="article-header">
      <Heading class="article-title">{props.title || props.site}</Heading>
      <p class="article-meta muted small">
        {props.site && <span class="article-site">{props.site}</span>}
        {published && (
          <>
            {props.site && ' · '}
            <time dateTime={props.publishedAt}>{t('publishedOn', { date: published })}</time>
          </>
        )}
      </p>
      {props.byline && <p class="article-byline small">{t('byline', { byline: props.byline })}</p>}
    </header>
  );
}
