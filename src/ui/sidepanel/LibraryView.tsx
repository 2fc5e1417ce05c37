import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { warmLibraryIndex } from '@/src/storage/library-index';
import { queryLibrary } from '@/src/storage/library-query';
import { DbError, EmptyState, Loading } from '../components/States';
import { VirtualList } from '../components/VirtualList';
import { useDatabase } from '../data/database-context';
import { isFiltered, type LibraryFilter, toLibraryQuery } from '../data/library-filter';
import { useLiveQuery } from '../data/use-live-query';
import { useI18n } from '../i18n/i18n-context';
import type { ToastMessage } from '../shared/Toast';
import { LibraryEditor } from './LibraryEditor';
import { LibraryFilters } from './LibraryFilters';
import { LibraryRow } from './LibraryRow';
import { LIBRARY_ROW_HEIGHT, libraryPageRows } from './library-window';
import { SavedArticles } from './SavedArticles';

/** Delay before the search index loads, once the first rows are shown. */
const WARM_AFTER_MS = 300;

/**
 * Library: every annotation across pages, with search, filters and sort. The list is windowed
 * and fetches only the rows near the viewport, so 100,000 annotations render as fast as 50.
 */
export function LibraryView(props: {
  filter: LibraryFilter;
  onFilterChange: (filter: LibraryFilter) => void;
  onToast: (toast: ToastMessage) => void;
  tagNames: readonly string[];
}) {
  const { t } = useI18n();
  const db = useDatabase();
  const [pageStart, setPageStart] = useState(0);
  const [pageRows] = useState(() => libraryPageRows(globalThis.screen?.availHeight ?? 0));
  const [selected, setSelected] = useState<string | null>(null);
  const filterKey = JSON.stringify(props.filter);

  const query = useMemo(() => toLibraryQuery(props.filter), [filterKey]);
  const result = useLiveQuery(
    () => queryLibrary(db, { ...query, offset: pageStart, limit: pageRows * 2 }),
    [db, query, pageStart, pageRows],
  );
  const ready = result.status === 'ok';
  useEffect(() => {
    // Once the first rows are shown, load the search index (a second or so at 100,000 annotations),
    // so the first search or filter does not wait for it. A failure only delays it to that query.
    if (!ready) return;
    // Later than the first frames: reading it back runs on this page's main thread.
    const timer = setTimeout(() => void warmLibraryIndex(db).catch(() => undefined), WARM_AFTER_MS);
    return () => clearTimeout(timer);
  }, [db, ready]);
  const onRangeChange = useCallback(
    (start: number) => {
      // The window (under pageRows rows) always fits in [pageStart, pageStart + 2 * pageRows).
      setPageStart(Math.floor(start / pageRows) * pageRows);
    },
    [pageRows],
  );

  const total = result.status === 'ok' ? result.value.total : 0;
  const indices = useMemo(() => Array.from({ length: total }, (_, i) => i), [total]);

  let body = null;
  if (result.status === 'loading') body = <Loading />;
  else if (result.status === 'error') body = <DbError error={result.error} onRetry={result.retry} />;
  else if (total === 0 && !result.stale)
    body = isFiltered(props.filter) ? (
      <EmptyState title={t('libraryNoResults')} hint={t('libraryNoResultsHint')} />
    ) : (
      <EmptyState title={t('libraryEmpty')} hint={t('libraryEmptyHint')} />
    );
  else {
    const page = result.value;
    body = (
      <>
        <p class="muted small result-count" role="status" aria-busy={result.stale ? 'true' : undefined}>
          {/* A new search or filter still running (the first at 100,000 annotations loads the index). */}
          {result.stale ? t('librarySearching') : t('libraryResults', { count: total })}
        </p>
        <VirtualList
          class="library-list"
          label={t('viewLibrary')}
          items={indices}
          rowHeight={LIBRARY_ROW_HEIGHT}
          resetKey={filterKey}
          onRangeChange={onRangeChange}
          getKey={(i) => page.items[i - pageStart]?.annotation.id ?? `pending-${i}`}
          renderRow={(i) => {
            const item = page.items[i - pageStart];
            return (
              <LibraryRow
                item={item}
                selected={!!item && item.annotation.id === selected}
                onSelect={() =>
                  setSelected(item && item.annotation.id !== selected ? item.annotation.id : null)
                }
              />
            );
          }}
        />
      </>
    );
  }

  return (
    <div class="view library-view">
      {/* With the database unreadable, search and filters could not work: only the error shows. */}
      {result.status !== 'error' && (
        <>
          <LibraryFilters
            filter={props.filter}
            onChange={(filter) => {
              setPageStart(0);
              props.onFilterChange(filter);
            }}
          />
          <SavedArticles ready={ready} hasRows={total > 0} />
        </>
      )}
      {selected && (
        <LibraryEditor
          id={selected}
          onClose={() => {
            // Back to the row it was opened from, for a keyboard reader (if it is still in view); the
            // row is in the list, not in the editor, so it can take the focus before the editor goes.
            document.querySelector<HTMLElement>(`.lrow-quote[data-id="${CSS.escape(selected)}"]`)?.focus();
            setSelected(null);
          }}
          onToast={props.onToast}
          tagNames={props.tagNames}
        />
      )}
      {body}
    </div>
  );
}
