import { useState } from 'preact/hooks';
import type { MarginDatabase } from '@/src/storage/create-database';
import { DbError, Loading } from '../components/States';
import { Switch } from '../components/Switch';
import { useClient } from '../data/client-context';
import { useDatabase } from '../data/database-context';
import { readSitesWithSettings } from '../data/read-settings';
import { useLiveQuery } from '../data/use-live-query';
import { errorText } from '../i18n/error-text';
import { useI18n } from '../i18n/i18n-context';

/** Every site Margin knows (saved articles or a setting), with its article count and on/off state. */
async function sites(db: MarginDatabase) {
  const [docSites, settings] = await Promise.all([
    db.documents.orderBy('site').keys(),
    readSitesWithSettings(db),
  ]);
  const counts = new Map<string, number>();
  for (const site of docSites as string[]) counts.set(site, (counts.get(site) ?? 0) + 1);
  const enabled = new Map(settings.map((s) => [s.site, s.enabled]));
  const all = new Set([...counts.keys(), ...enabled.keys()]);
  return [...all]
    .sort((a, b) => a.localeCompare(b))
    .map((site) => ({ site, articles: counts.get(site) ?? 0, enabled: enabled.get(site) ?? true }));
}

/** The per-site list: switch Margin on or off per site, or forget a site (after confirming). */
export function SiteList(props: { onSaved: (text: string, error?: boolean) => void }) {
  const { t } = useI18n();
  const db = useDatabase();
  const client = useClient();
  const result = useLiveQuery(() => sites(db), [db]);
  const [confirming, setConfirming] = useState<string | null>(null);

  const act = async (work: () => Promise<void>, done: string) => {
    try {
      await work();
      props.onSaved(done);
    } catch (err) {
      props.onSaved(t('actionFailed', { message: errorText(t, err) }), true);
    }
  };

  if (result.status === 'loading') return <Loading />;
  if (result.status === 'error') return <DbError error={result.error} onRetry={result.retry} />;
  if (result.value.length === 0) return <p class="muted">{t('optionsSitesEmpty')}</p>;
  return (
    <ul class="site-list">
      {result.value.map((s) => (
        <li key={s.site} class="site-row">
          <Switch
            checked={s.enabled}
            label={t('popupSiteSwitch', { site: s.site })}
            onChange={(on) => void act(() => client.setSiteEnabled(s.site, on), t('optionsSaved'))}
          />
          <span class="muted small">{t('optionsSiteArticles', { count: s.articles })}</span>
          {confirming === s.site ? (
            <div class="confirm" role="alertdialog" aria-label={t('optionsSiteForget', { site: s.site })}>
              <p>{t('optionsSiteForgetConfirm', { site: s.site })}</p>
              <div class="row">
                <button
                  type="button"
                  class="btn btn-primary"
                  ref={(el) => el?.focus()}
                  onClick={() => {
                    setConfirming(null);
                    void act(() => client.forgetSite(s.site), t('optionsSiteForgotten', { site: s.site }));
                  }}
                >
                  {t('optionsSiteForget', { site: s.site })}
                </button>
                <button type="button" class="btn" onClick={() => setConfirming(null)}>
                  {t('cancel')}
                </button>
              </div>
            </div>
          ) : (
            s.articles > 0 && (
              <button type="button" class="btn small btn-danger" onClick={() => setConfirming(s.site)}>
                {t('optionsSiteForget', { site: s.site })}
              </button>
            )
          )}
        </li>
      ))}
    </ul>
  );
}
