import type { FunctionComponent } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Loading } from '../components/States';
import { TabPanel, Tabs } from '../components/Tabs';
import { useClient } from '../data/client-context';
import { useDatabase } from '../data/database-context';
import { EMPTY_FILTER, type LibraryFilter } from '../data/library-filter';
import { useLiveQuery } from '../data/use-live-query';
import { errorText } from '../i18n/error-text';
import { useI18n } from '../i18n/i18n-context';
import { Toast, useToast } from '../shared/Toast';
import { EntitiesView } from './EntitiesView';
import { LibraryView } from './LibraryView';
import { TagsView } from './TagsView';
import { ThisPageView } from './ThisPageView';

/** How long after opening the panel looks for an import its previous panel left running. */
const PENDING_IMPORT_CHECK_MS = 1000;

type DrawerContents = FunctionComponent<{ filter: LibraryFilter }>;
type DrawerState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ok'; Contents: DrawerContents }
  | { status: 'error'; error: unknown };

/**
 * The Export / Import drawer's code (formats, import runner) is a chunk of its own, fetched the first
 * time the drawer opens: most panel opens never export, and the panel's first paint is measured.
 */
function useDrawer() {
  const client = useClient();
  const [open, setOpen] = useState(false);
  const [state, setState] = useState<DrawerState>({ status: 'idle' });
  // The load asked for and not failed: opened twice (by the reader, and for an import), it loads once.
  const asked = useRef(false);
  const load = () => {
    asked.current = true;
    setState({ status: 'loading' });
    import('./TransferDrawer').then(
      (m) => setState({ status: 'ok', Contents: m.TransferDrawer }),
      (error: unknown) => {
        asked.current = false;
        setState({ status: 'error', error });
      },
    );
  };
  const show = () => {
    if (!asked.current) load();
    setOpen(true);
  };
  useEffect(() => {
    // An import still running (or ended unseen) after its panel was closed: open the drawer on it.
    // Asked once the panel has shown its first rows: the answer wakes the background, which would
    // compete with the first render for the CPU, and such an import is rare.
    let live = true;
    const timer = setTimeout(() => {
      client.hasImportToShow().then(
        (found) => {
          if (found && live) show();
        },
        () => undefined,
      );
    }, PENDING_IMPORT_CHECK_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [client]);
  return { open, toggle: () => (open ? setOpen(false) : show()), retry: load, state };
}

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
  const drawer = useDrawer();
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
          aria-expanded={drawer.open}
          aria-controls="export-import"
          onClick={drawer.toggle}
        >
          {t('export')} / {t('import')}
        </button>
      </header>
      {drawer.open && (
        <div id="export-import" class="drawer card">
          {drawer.state.status === 'ok' && <drawer.state.Contents filter={filter} />}
          {drawer.state.status === 'loading' && <Loading />}
          {drawer.state.status === 'error' && (
            <div class="state state-error" role="alert">
              <p>{t('partLoadFailed', { message: errorText(t, drawer.state.error) })}</p>
              <button type="button" class="btn" onClick={drawer.retry}>
                {t('retry')}
              </button>
            </div>
          )}
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
