import { textFragmentLink } from '@/src/core/export/text-fragment';
import type { LibraryItem } from '@/src/storage/library-query';
import { safeHttpUrl } from '../data/safe-url';
import { useI18n } from '../i18n/i18n-context';

/** A passage link: the article URL with a text fragment, or null when the URL is not http(s). */
export function passageLink(item: LibraryItem): string | null {
  const url = safeHttpUrl(item.document?.url);
  if (!url) return null;
  const quote = item.annotation.selectors.find((s) => s.type === 'TextQuoteSelector');
  return textFragmentLink(url, quote ?? { exact: item.annotation.quote });
}

/**
 * One compact Library row (fixed height, for the windowed list): quote, article and date, tags;
 * the quote button selects it for editing, the link opens the page at the passage.
 */
export function LibraryRow(props: {
  item: LibraryItem | undefined;
  selected: boolean;
  onSelect: () => void;
}) {
  const { t, date } = useI18n();
  const { item } = props;
  if (!item) return <div class="lrow lrow-pending" aria-busy="true" />;
  const a = item.annotation;
  const link = passageLink(item);
  const title = item.document?.title || item.document?.site || '';
  return (
    <div class={`lrow colour-${a.colour} ${props.selected ? 'lrow-selected' : ''}`}>
      <button
        type="button"
        class="quote lrow-quote clamp-2"
        data-id={a.id}
        aria-pressed={props.selected}
        onClick={props.onSelect}
      >
        {a.quote}
      </button>
      <div class="lrow-meta small">
        <span class="muted">
          {item.document?.siteName || item.document?.site} · {date(a.createdAt, 'short')}
          {' · '}
        </span>
        {link ? (
          <a href={link} target="_blank" rel="noreferrer" class="lrow-title" title={t('openAtPassage')}>
            {title}
          </a>
        ) : (
          <span class="lrow-title">{title}</span>
        )}
      </div>
      {/* Tags first: the line is cut with an ellipsis, and a long note would hide them. */}
      <div class="lrow-tags small muted">
        {a.tags.length > 0 && <span>#{a.tags.join(' #')} </span>}
        {a.note && <span class="lrow-note">{a.note}</span>}
      </div>
    </div>
  );
}
