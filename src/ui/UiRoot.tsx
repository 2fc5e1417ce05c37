import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import type { MarginDatabase } from '@/src/storage/create-database';
import { ClientProvider } from './data/client-context';
import { DatabaseProvider } from './data/database-context';
import type { UiClient } from './data/ui-client';
import { useSettings } from './data/use-settings';
import { I18nProvider } from './i18n/i18n-context';
import { resolveLang } from './i18n/resolve-lang';
import { applyTheme } from './theme/apply-theme';

function browserLanguages(): readonly string[] {
  const nav = globalThis.navigator;
  if (!nav) return [];
  return nav.languages?.length ? nav.languages : [nav.language];
}

/** Applies the language and theme settings (live) to everything below. */
function Localised(props: { children: ComponentChildren }) {
  const settings = useSettings();
  const lang = resolveLang(settings.uiLanguage, browserLanguages());
  useEffect(() => {
    applyTheme(document, settings.theme);
  }, [settings.theme]);
  return <I18nProvider lang={lang}>{props.children}</I18nProvider>;
}

/**
 * The root of every Margin page (popup, side panel, options): the database to read, the client to
 * write through, and the UI language and theme from settings.
 */
export function UiRoot(props: { db: MarginDatabase; client: UiClient; children: ComponentChildren }) {
  return (
    <DatabaseProvider db={props.db}>
      <ClientProvider client={props.client}>
        <Localised>{props.children}</Localised>
      </ClientProvider>
    </DatabaseProvider>
  );
}
