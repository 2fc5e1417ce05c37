import { useState } from 'preact/hooks';
import { HIGHLIGHT_COLOURS } from '@/src/storage/records';
import { useDatabase } from '../data/database-context';
import { EMPTY_FILTER, isFiltered, type LibraryFilter } from '../data/library-filter';
import { useLiveQuery } from '../data/use-live-query';
import { useI18n } from '../i18n/i18n-context';

/** Options for the filter selects, read live: tags, sites and entities that annotations mention. */
async function filterOptions(db: ReturnType<typeof useDatabase>) {
  const [tags, sites, entityKeys] = await Promise.all([
    db.tags.orderBy('name').primaryKeys(),
    db.documents.orderBy('site').uniqueKeys(),
    db.annotations.orderBy('entityKeys').uniqueKeys(),
  ]);
  const entities = (await db.entities.bulkGet(entityKeys as string[]))
    .filter((e) => e !== undefined)
    .map((e) => ({ key: e.key, name: e.name }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return { tags: tags as string[], sites: sites as string[], entities };
}

const NO_OPTIONS: Awaited<ReturnType<typeof filterOptions>> = { tags: [], sites: [], entities: [] };

/** Search box, filters (tag, site, colour, entity, date range) and sort of the Library. */
export function LibraryFilters(props: { filter: LibraryFilter; onChange: (filter: LibraryFilter) => void }) {
  const { t } = useI18n();
  const db = useDatabase();
  const f = props.filter;
  const filtered = isFiltered({ ...f, text: '' });
  const [shown, setShown] = useState(filtered);
  const open = shown || filtered;
  // The options are read only once the filters are shown: listing the entities annotations mention
  // walks the whole entity index (seconds at 100,000 annotations), which held up the Library's first
  // page when it ran alongside it.
  const options = useLiveQuery(() => (open ? filterOptions(db) : NO_OPTIONS), [db, open]);
  const opts = options.status === 'ok' ? options.value : NO_OPTIONS;
  const set = (patch: Partial<LibraryFilter>) => props.onChange({ ...f, ...patch });
  const value = (e: Event) => (e.currentTarget as HTMLInputElement | HTMLSelectElement).value;

  return (
    <form class="filters" onSubmit={(e) => e.preventDefault()}>
      <input
        type="search"
        class="search"
        aria-label={t('librarySearch')}
        placeholder={t('librarySearch')}
        value={f.text}
        onInput={(e) => set({ text: value(e) })}
      />
      <details
        class="filter-details"
        open={open}
        onToggle={(e) => setShown((e.currentTarget as HTMLDetailsElement).open)}
      >
        <summary>{t('libraryFilters')}</summary>
        <div class="filter-grid">
          <label>
            {t('filterTag')}
            <select value={f.tag} onChange={(e) => set({ tag: value(e) })}>
              <option value="">{t('filterAny')}</option>
              {opts.tags.map((tag) => (
                <option key={tag} value={tag}>
                  {tag}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('filterSite')}
            <select value={f.site} onChange={(e) => set({ site: value(e) })}>
              <option value="">{t('filterAny')}</option>
              {opts.sites.map((site) => (
                <option key={site} value={site}>
                  {site}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('filterColour')}
            <select value={f.colour} onChange={(e) => set({ colour: value(e) as LibraryFilter['colour'] })}>
              <option value="">{t('filterAny')}</option>
              {HIGHLIGHT_COLOURS.map((c) => (
                <option key={c} value={c}>
                  {t(`colourName_${c}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('filterEntity')}
            <select value={f.entityKey} onChange={(e) => set({ entityKey: value(e) })}>
              <option value="">{t('filterAny')}</option>
              {opts.entities.map((e) => (
                <option key={e.key} value={e.key}>
                  {e.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('filterFrom')}
            <input type="date" value={f.from} onInput={(e) => set({ from: value(e) })} />
          </label>
          <label>
            {t('filterTo')}
            <input type="date" value={f.to} onInput={(e) => set({ to: value(e) })} />
          </label>
        </div>
      </details>
      <div class="row filter-foot">
        <label class="row">
          {t('sortLabel')}
          <select value={f.sort} onChange={(e) => set({ sort: value(e) as LibraryFilter['sort'] })}>
            <option value="newest">{t('sortNewest')}</option>
            <option value="oldest">{t('sortOldest')}</option>
            <option value="updated">{t('sortUpdated')}</option>
          </select>
        </label>
        {isFiltered(f) && (
          <button
            type="button"
            class="btn-link small"
            onClick={() => props.onChange({ ...EMPTY_FILTER, sort: f.sort })}
          >
            {t('filterClear')}
          </button>
        )}
      </div>
    </form>
  );
}
