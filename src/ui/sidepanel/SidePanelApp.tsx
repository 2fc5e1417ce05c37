import { useState } from 'preact/hooks';
import { TabPanel, Tabs } from '../components/Tabs';
import { useDatabase } from '../data/database-context';
import { EMPTY_FILTER, type LibraryFilter } from '../data/library-filter';
import { useLiveQuery } from '../data/use-live-query';
import { useI18n } from '../i18n/i18n-context';
import { Toast, useToast } from '../shared/Toast';
import { EntitiesView } from './EntitiesView';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { LibraryView } from './LibraryView';
import { TagsView } from './TagsView';
import { ThisPageView } from './ThisPageView';

/** The side panel's views. */
export type View = 'page' | 'library' | 'entities' | 'tags';

/**
 * The side panel: a tab bar over four views (This page, Library, People & organisations, Tags)
 * and an Export / Import drawer. The Library filter lives here so "export the current filter"
 * sees it.
 */
export function SidePanelApp(props: { initialView?: View }) {
  const { t } = useI18n();
  const db = useDatabase();
  const [view, setView] = useState<View>(props.initialView ?? 'page');
  const [filter, setFilter] = useState<LibraryFilter>(EMPTY_FILTER);
  const [drawer, setDrawer] = useState(false);
  const toasts = useToast();
  const tagNames = useLiveQuery(() => db.tags.orderBy('name').primaryKeys(), [db]);
  const names = tagNames.status === 'ok' ? (tagNames.value as string[]) : [];

  const items = [
    { id: 'page' as const, label: t('viewPage') },
    { id: 'library' as const, label: t('viewLibrary') },
    { id: 'entities' as const, label: t('viewEntities') },
    { id: 'tags' as const, label: t('viewTags') },
  ];

  return (
    <div class="panel">
      <header class="panel-bar">
        <h1 class="brand">{t('panelTitle')}</h1>
        <button
          type="button"
          class="btn small"
          aria-expanded={drawer}
          aria-controls="export-import"
          onClick={() => setDrawer(!drawer)}
        >
          {t('export')} / {t('import')}
        </button>
      </header>
      {drawer && (
        <div id="export-import" class="drawer card">
          <ExportPanel filter={filter} />
          <ImportPanel />
        </div>
      )}
      <Tabs idPrefix="view" label={t('viewsLabel')} items={items} selected={view} onSelect={setView} />
      <TabPanel idPrefix="view" id={view}>
        {view === 'page' && <ThisPageView onToast={toasts.show} tagNames={names} />}
        {view === 'library' && (
          <LibraryView filter={filter} onFilterChange={setFilter} onToast={toasts.show} tagNames={names} />
        )}
        {view === 'entities' && <EntitiesView />}
        {view === 'tags' && <TagsView onToast={toasts.show} />}
      </TabPanel>
      <Toast toast={toasts.toast} onDismiss={toasts.dismiss} />
    </div>
  );
}
