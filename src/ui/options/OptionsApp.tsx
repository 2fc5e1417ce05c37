import type { Theme, UiLanguage } from '@/src/storage/settings';
import { Switch } from '../components/Switch';
import { useClient } from '../data/client-context';
import { useSettings } from '../data/use-settings';
import { errorText } from '../i18n/error-text';
import { useI18n } from '../i18n/i18n-context';
import { KINDS, kindLabel } from '../shared/kinds';
import { Toast, useToast } from '../shared/Toast';
import { SiteList } from './SiteList';

/** The options page: language, theme, highlighted kinds, what to remember, and the sites. */
export function OptionsApp() {
  const { t } = useI18n();
  const client = useClient();
  const settings = useSettings();
  const toasts = useToast(3000);

  const save = (patch: Parameters<typeof client.updateSettings>[0]) =>
    client.updateSettings(patch).then(
      () => toasts.show({ text: t('optionsSaved') }),
      (err: Error) => toasts.show({ text: t('actionFailed', { message: errorText(t, err) }), error: true }),
    );
  const radio = (name: string, value: string, checked: boolean, label: string, onPick: () => void) => (
    <label class="row" key={value}>
      <input type="radio" name={name} value={value} checked={checked} onChange={onPick} />
      {label}
    </label>
  );

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <section class="card option-section">
        <label class="option-label" for="ui-language">
          {t('optionsLanguage')}
        </label>
        <select
          id="ui-language"
          value={settings.uiLanguage}
          onChange={(e) =>
            void save({ uiLanguage: (e.currentTarget as HTMLSelectElement).value as UiLanguage })
          }
        >
          <option value="auto">{t('optionsLangAuto')}</option>
          <option value="en">English</option>
          <option value="vi">Tiếng Việt</option>
        </select>
      </section>
      <fieldset class="card option-section">
        <legend class="option-label">{t('optionsTheme')}</legend>
        {(['auto', 'light', 'dark'] as Theme[]).map((theme) =>
          radio(
            'theme',
            theme,
            settings.theme === theme,
            t(theme === 'auto' ? 'themeAuto' : theme === 'light' ? 'themeLight' : 'themeDark'),
            () => void save({ theme }),
          ),
        )}
      </fieldset>
      <fieldset class="card option-section">
        <legend class="option-label">{t('optionsKinds')}</legend>
        {KINDS.map((kind) => (
          <div key={kind} class={`kind-${kind} row`}>
            <span class="kind-mark" aria-hidden="true" />
            <Switch
              checked={settings.entityKinds[kind]}
              label={t(kindLabel[kind])}
              onChange={(on) => void save({ entityKinds: { [kind]: on } })}
            />
          </div>
        ))}
      </fieldset>
      <fieldset class="card option-section">
        <legend class="option-label">{t('optionsRemember')}</legend>
        {radio(
          'remember',
          'all',
          settings.rememberAllArticles,
          t('optionsRememberAll'),
          () => void save({ rememberAllArticles: true }),
        )}
        {radio(
          'remember',
          'annotated',
          !settings.rememberAllArticles,
          t('optionsRememberAnnotated'),
          () => void save({ rememberAllArticles: false }),
        )}
      </fieldset>
      <section class="card option-section" aria-labelledby="sites-heading">
        <h2 id="sites-heading" class="option-label">
          {t('optionsSites')}
        </h2>
        <SiteList onSaved={(text, error) => toasts.show({ text, error })} />
      </section>
      <Toast toast={toasts.toast} onDismiss={toasts.dismiss} />
    </main>
  );
}
