import type { AnnotationRecord } from '@/src/storage/records';
import { useI18n } from '../i18n/i18n-context';

/** This page's annotation count and its latest few annotations (quote and note, as text). */
export function RecentAnnotations(props: { annotations: readonly AnnotationRecord[]; limit?: number }) {
  const { t, date } = useI18n();
  const latest = [...props.annotations].sort((a, b) => b.createdAt - a.createdAt).slice(0, props.limit ?? 3);
  const count = props.annotations.length;
  return (
    <section class="recent" aria-labelledby="recent-heading">
      <h2 id="recent-heading" class="section-title">
        {t('popupAnnotationsHere', { count })}
      </h2>
      {latest.length > 0 && (
        <ul class="recent-list" aria-label={t('popupRecent')}>
          {latest.map((a) => (
            <li key={a.id} class={`recent-item colour-${a.colour}`}>
              <blockquote class="quote clamp-2">{a.quote}</blockquote>
              {a.note && <p class="note-text clamp-2 small">{a.note}</p>}
              <p class="recent-meta muted small">
                <time dateTime={new Date(a.createdAt).toISOString()}>{date(a.createdAt, 'datetime')}</time>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
