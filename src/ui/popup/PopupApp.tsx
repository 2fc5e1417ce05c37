import { siteOf } from '@/src/core/urls/site-of';
import type { TabArticleState } from '@/src/messaging/protocol';
import { Loading } from '../components/States';
import { Switch } from '../components/Switch';
import { useClient } from '../data/client-context';
import { useDatabase } from '../data/database-context';
import { readSiteSettings } from '../data/read-settings';
import { safeHttpUrl } from '../data/safe-url';
import { useAsync } from '../data/use-async';
import { useLiveQuery } from '../data/use-live-query';
import { useSettings } from '../data/use-settings';
import { useI18n } from '../i18n/i18n-context';
import { ArticleHeader } from '../shared/ArticleHeader';
import { useAction } from '../shared/use-action';
import { KindToggles } from './KindToggles';
import { PageAnnotationsLive } from './PageAnnotationsLive';
import { TabStateNotice } from './TabStateNotice';

/**
 * The popup: what Margin sees on the current tab (or `?tab=ID`): the article or a "not an
 * article" state, per-kind highlight switches with counts, the site switch, this page's
 * annotations, and the way to the side panel.
 */
export function PopupApp() {
  const { t } = useI18n();
  const client = useClient();
  const db = useDatabase();
  const settings = useSettings();
  const action = useAction();

  const tab = useAsync(() => client.currentTabId(), []);
  const tabId = tab.state.status === 'ok' ? tab.state.value : null;
  const url = useAsync(async () => (tabId === null ? null : client.tabUrl(tabId)), [tabId]);
  const tabUrl = url.state.status === 'ok' ? url.state.value : undefined;
  const page = useAsync<TabArticleState | null>(async () => {
    if (tabId === null || tabUrl === undefined) return null;
    // Content scripts run on http(s) pages only; asking another tab just logs a connection error.
    if (tabUrl !== null && !safeHttpUrl(tabUrl)) throw new Error('unreachable');
    return client.getTabArticle(tabId);
  }, [tabId, tabUrl]);

  const pageState = page.state.status === 'ok' ? page.state.value : null;
  const pageUrl = pageState?.article?.url ?? (url.state.status === 'ok' ? url.state.value : null);
  const site = pageUrl ? siteOf(pageUrl) : '';
  const siteSettings = useLiveQuery(() => (site ? readSiteSettings(db, site) : null), [db, site]);
  const siteEnabled = siteSettings.status === 'ok' ? (siteSettings.value?.enabled ?? true) : true;

  const analyse = () =>
    action.run(async () => {
      if (tabId === null) return;
      page.set(await client.analyseTab(tabId));
    });

  const toggleSite = (enabled: boolean) =>
    action.run(async () => {
      // The site setting is read live below; the content script hears of it from the background.
      await client.setSiteEnabled(site, enabled);
    });

  let body = null;
  if (
    tab.state.status === 'loading' ||
    (tabId !== null && (url.state.status === 'loading' || page.state.status === 'loading'))
  ) {
    body = <Loading />;
  } else if (tabId === null) {
    body = <TabStateNotice kind="no-tab" />;
  } else if (page.state.status === 'error') {
    body = <TabStateNotice kind="unreachable" />;
  } else if (pageState) {
    const isArticle = pageState.status === 'article' && siteEnabled;
    body = (
      <>
        {isArticle && pageState.article ? (
          <ArticleHeader
            title={pageState.article.title}
            site={pageState.article.siteName || site}
            publishedAt={pageState.article.publishedTime}
            byline={pageState.article.byline}
          />
        ) : (
          <TabStateNotice
            kind={pageState.status === 'disabled' || !siteEnabled ? 'disabled' : pageState.status}
            site={site}
            message={pageState.message}
            busy={action.busy}
            onAnalyse={analyse}
          />
        )}
        {site && (
          <Switch
            class="site-switch"
            checked={siteEnabled}
            label={t('popupSiteSwitch', { site })}
            disabled={action.busy}
            onChange={toggleSite}
          />
        )}
        <KindToggles
          counts={isArticle ? pageState.counts : null}
          shown={settings.entityKinds}
          disabled={!siteEnabled}
          onToggle={(kind, on) => action.run(() => client.updateSettings({ entityKinds: { [kind]: on } }))}
        />
        <PageAnnotationsLive documentId={pageState.documentId ?? null} url={pageUrl} />
      </>
    );
  }

  return (
    <main class="popup">
      <div class="popup-bar">
        <span class="brand">{t('appName')}</span>
        <button type="button" class="btn-link small" onClick={() => void client.openOptions()}>
          {t('popupOpenOptions')}
        </button>
      </div>
      {body}
      {action.error && (
        <p class="status status-error" role="alert">
          {t('actionFailed', { message: action.error })}
        </p>
      )}
      <button
        type="button"
        class="btn btn-primary open-panel"
        onClick={() => action.run(() => client.openSidePanel(tabId))}
      >
        {t('popupOpenPanel')}
      </button>
    </main>
  );
}
